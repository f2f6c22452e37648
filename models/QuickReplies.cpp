#include "QuickReplies.h"

#include "Cache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace kora::models {

namespace {
const QString CacheKey = QStringLiteral("quickReplies");
const QString Format = QStringLiteral("kora-quick-replies");
constexpr int Version = 1;

int codePoints(const QString &text)
{
    return int(text.toUcs4().size());
}

QJsonArray toJson(const QList<QuickReply> &replies, bool withIds)
{
    QJsonArray list;
    for (const QuickReply &r : replies) {
        QJsonObject o{{QStringLiteral("title"), r.title}, {QStringLiteral("text"), r.text}};
        if (withIds)
            o.insert(QStringLiteral("id"), r.id);
        list.append(o);
    }
    return list;
}
} // namespace

QuickReplies::QuickReplies(Cache &cache, QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
{
    const QJsonArray kept = QJsonDocument::fromJson(m_cache.value(CacheKey).toUtf8()).array();
    for (const QJsonValue &v : kept) {
        const QJsonObject o = v.toObject();
        QuickReply r{o.value(QLatin1String("id")).toString(),
                     o.value(QLatin1String("title")).toString(),
                     o.value(QLatin1String("text")).toString()};
        if (r.text.isEmpty())
            continue;
        if (r.id.isEmpty())
            r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_replies.append(r);
    }
}

int QuickReplies::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_replies.size());
}

QVariant QuickReplies::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_replies.size())
        return {};
    const QuickReply &r = m_replies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.title.isEmpty() ? r.text.section(QLatin1Char('\n'), 0, 0) : r.title;
    case Qt::ToolTipRole:
    case TextRole:
        return r.text;
    case IdRole:
        return r.id;
    case TitleRole:
        return r.title;
    case SearchRole:
        return fold(r.title + QLatin1Char(' ') + r.text);
    default:
        return {};
    }
}

QHash<int, QByteArray> QuickReplies::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(
        {{IdRole, "id"}, {TitleRole, "title"}, {TextRole, "text"}, {SearchRole, "search"}});
    return names;
}

int QuickReplies::indexOf(const QString &id) const
{
    for (int i = 0; i < m_replies.size(); ++i) {
        if (m_replies.at(i).id == id)
            return i;
    }
    return -1;
}

QString QuickReplies::validate(const QString &title, const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("A quick reply needs some text.");
    if (codePoints(text) > maxText)
        return tr("A quick reply can be at most %1 characters long.").arg(maxText);
    if (codePoints(title) > maxTitle)
        return tr("A title can be at most %1 characters long.").arg(maxTitle);
    return {};
}

Expected<bool, QString> QuickReplies::save(const QList<QuickReply> &replies)
{
    const QString json =
        QString::fromUtf8(QJsonDocument(toJson(replies, true)).toJson(QJsonDocument::Compact));
    if (auto saved = m_cache.setValue(CacheKey, json); !saved)
        return unexpected(tr("Could not save the quick replies: %1").arg(saved.error()));
    return true;
}

Expected<QString, QString> QuickReplies::add(const QString &title, const QString &text)
{
    if (const QString refused = validate(title, text); !refused.isEmpty())
        return unexpected(refused);
    if (m_replies.size() >= maxCount)
        return unexpected(tr("You can keep at most %1 quick replies.").arg(maxCount));
    QList<QuickReply> next = m_replies;
    const QuickReply r{QUuid::createUuid().toString(QUuid::WithoutBraces), title.trimmed(),
                       text.trimmed()};
    next.append(r);
    if (auto saved = save(next); !saved)
        return unexpected(saved.error());
    beginInsertRows({}, int(m_replies.size()), int(m_replies.size()));
    m_replies = std::move(next);
    endInsertRows();
    return r.id;
}

Expected<bool, QString> QuickReplies::update(const QString &id, const QString &title,
                                             const QString &text)
{
    const int row = indexOf(id);
    if (row < 0)
        return unexpected(tr("That quick reply is gone."));
    if (const QString refused = validate(title, text); !refused.isEmpty())
        return unexpected(refused);
    QList<QuickReply> next = m_replies;
    next[row].title = title.trimmed();
    next[row].text = text.trimmed();
    if (auto saved = save(next); !saved)
        return saved;
    m_replies = std::move(next);
    Q_EMIT dataChanged(index(row), index(row));
    return true;
}

Expected<bool, QString> QuickReplies::remove(const QString &id)
{
    const int row = indexOf(id);
    if (row < 0)
        return true; // already gone
    QList<QuickReply> next = m_replies;
    next.removeAt(row);
    if (auto saved = save(next); !saved)
        return saved;
    beginRemoveRows({}, row, row);
    m_replies = std::move(next);
    endRemoveRows();
    return true;
}

Expected<bool, QString> QuickReplies::move(int from, int to)
{
    const int count = int(m_replies.size());
    if (from < 0 || from >= count || to < 0 || to >= count)
        return unexpected(tr("There is no quick reply there."));
    if (from == to)
        return true;
    QList<QuickReply> next = m_replies;
    next.move(from, to);
    if (auto saved = save(next); !saved)
        return saved;
    // beginMoveRows counts the destination before the move.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_replies = std::move(next);
    endMoveRows();
    return true;
}

QByteArray QuickReplies::exportJson() const
{
    const QJsonObject o{{QStringLiteral("format"), Format},
                        {QStringLiteral("version"), Version},
                        {QStringLiteral("replies"), toJson(m_replies, false)}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Expected<int, QString> QuickReplies::importJson(const QByteArray &json)
{
    if (json.size() > maxImportBytes)
        return unexpected(tr("This file is too large to be a list of quick replies."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return unexpected(tr("This file is not a list of quick replies (it is not valid JSON)."));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != Format ||
        !o.value(QLatin1String("replies")).isArray())
        return unexpected(tr("This file is not a list of Kora quick replies."));
    if (o.value(QLatin1String("version")).toInt() > Version)
        return unexpected(tr("This file was written by a newer Kora; update Kora to import it."));
    QSet<QPair<QString, QString>> known;
    for (const QuickReply &r : std::as_const(m_replies))
        known.insert({r.title, r.text});
    QList<QuickReply> added;
    const QJsonArray list = o.value(QLatin1String("replies")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject r = list.at(i).toObject();
        const QJsonValue title = r.value(QLatin1String("title"));
        const QJsonValue text = r.value(QLatin1String("text"));
        if (!text.isString() || !(title.isString() || title.isUndefined()))
            return unexpected(tr("Reply %1 in this file is not a quick reply.").arg(i + 1));
        if (const QString refused = validate(title.toString(), text.toString()); !refused.isEmpty())
            return unexpected(tr("Reply %1 in this file: %2").arg(i + 1).arg(refused));
        const QPair<QString, QString> key{title.toString().trimmed(), text.toString().trimmed()};
        if (known.contains(key))
            continue;
        known.insert(key);
        added.append({QUuid::createUuid().toString(QUuid::WithoutBraces), key.first, key.second});
    }
    if (added.isEmpty())
        return 0;
    if (m_replies.size() + added.size() > maxCount)
        return unexpected(
            tr("Importing these would make more than %1 quick replies.").arg(maxCount));
    QList<QuickReply> next = m_replies + added;
    if (auto saved = save(next); !saved)
        return unexpected(saved.error());
    beginInsertRows({}, int(m_replies.size()), int(next.size()) - 1);
    m_replies = std::move(next);
    endInsertRows();
    return int(added.size());
}

QString QuickReplies::fill(const QString &text, const Context &context)
{
    const QString first = context.name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    const QString job = context.jobTitle.isEmpty() ? context.jobId : context.jobTitle;
    const QList<QPair<QString, QString>> values{{QStringLiteral("{name}"), context.name.trimmed()},
                                                {QStringLiteral("{first_name}"), first},
                                                {QStringLiteral("{job}"), job}};
    // One pass, left to right: a value that itself holds "{job}" stays as it is.
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        bool replaced = false;
        if (text.at(i) == QLatin1Char('{')) {
            for (const auto &[key, value] : values) {
                if (!value.isEmpty() && QStringView(text).mid(i).startsWith(key)) {
                    out += value;
                    i += key.size();
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced)
            out += text.at(i++);
    }
    return out;
}

QString QuickReplies::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toCaseFolded();
    }
    return out;
}

} // namespace kora::models
