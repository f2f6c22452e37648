<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>kora::app::AppController</name>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Kora cannot open its local data: %1</source>
        <translation>Kora kann seine lokalen Daten nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Sign in again; unsent messages are kept.</source>
        <translation>Bitte melden Sie sich erneut an; nicht gesendete Nachrichten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Could not sign out everywhere: %1</source>
        <translation>Abmelden auf allen Geräten fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>kora::app::LinkHandler</name>
    <message>
        <source>A support account cannot open conversations from links.</source>
        <translation>Ein Support-Konto kann keine Unterhaltungen über Links öffnen.</translation>
    </message>
    <message>
        <source>Kora cannot open this link. %1</source>
        <translation>Kora kann diesen Link nicht öffnen. %1</translation>
    </message>
    <message>
        <source>This conversation is not one of yours, or it no longer exists.</source>
        <translation>Diese Unterhaltung gehört nicht zu Ihren oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This link is for a conversation with yourself.</source>
        <translation>Dieser Link führt zu einer Unterhaltung mit Ihnen selbst.</translation>
    </message>
    <message>
        <source>Kora cannot look up the person of this link. %1</source>
        <translation>Kora kann die Person dieses Links nicht finden. %1</translation>
    </message>
    <message>
        <source>No one you can write to matches this link.</source>
        <translation>Dieser Link passt zu niemandem, dem Sie schreiben können.</translation>
    </message>
    <message>
        <source>Kora</source>
        <translation>Kora</translation>
    </message>
</context>
<context>
    <name>kora::app::Notifier</name>
    <message>
        <source>Show Kora</source>
        <translation>Kora anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Kora — %n unread message(s)</source>
        <translation>
            <numerusform>Kora — %n ungelesene Nachricht</numerusform>
            <numerusform>Kora — %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Kora</source>
        <translation>Kora</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>%1 mentioned you in %2</source>
        <translation>%1 hat Sie in %2 erwähnt</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>kora::app::SingleInstance</name>
    <message>
        <source>Another Kora is starting and holds %1.</source>
        <translation>Ein anderes Kora startet gerade und belegt %1.</translation>
    </message>
    <message>
        <source>The arguments are too long to hand over.</source>
        <translation>Die Argumente sind zu lang für die Übergabe.</translation>
    </message>
    <message>
        <source>The running Kora did not answer: %1</source>
        <translation>Das laufende Kora hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>The running Kora gave an unexpected answer.</source>
        <translation>Das laufende Kora hat unerwartet geantwortet.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Lauschen auf %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>kora::app::TokenStore</name>
    <message>
        <source>Your system keychain is not available; you will stay signed in only until Kora closes.</source>
        <translation>Der Schlüsselbund Ihres Systems ist nicht verfügbar; Sie bleiben nur angemeldet, bis Kora geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>kora::models::ClientSession</name>
    <message>
        <source>Your session has expired.</source>
        <translation>Ihre Sitzung ist abgelaufen.</translation>
    </message>
</context>
<context>
    <name>kora::models::ConversationListModel</name>
    <message>
        <source>Message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>kora::models::ImagePrep</name>
    <message>
        <source>“%1” could not be prepared: the folder %2 cannot be created.</source>
        <translation>„%1“ konnte nicht vorbereitet werden: Der Ordner %2 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>“%1” could not be prepared: %2</source>
        <translation>„%1“ konnte nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is still too large after shrinking it (images can be up to %2).</source>
        <translation>„%1“ ist nach dem Verkleinern immer noch zu groß (Bilder dürfen bis zu %2 groß sein).</translation>
    </message>
    <message>
        <source>“%1” is too large (%2). Files can be up to %3.</source>
        <translation>„%1“ ist zu groß (%2). Dateien dürfen bis zu %3 groß sein.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” changed while it was being read. Try again.</source>
        <translation>„%1“ wurde während des Lesens geändert. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Attach the files inside it instead.</source>
        <translation>„%1“ ist ein Ordner. Hängen Sie stattdessen die Dateien darin an.</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>„%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>„%1“ kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2). Images can be up to %3.</source>
        <translation>„%1“ ist zu groß (%2). Bilder dürfen bis zu %3 groß sein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid image or is damaged.</source>
        <translation>„%1“ ist kein gültiges Bild oder ist beschädigt.</translation>
    </message>
    <message>
        <source>“%1” is too large to open (%2 × %3 pixels).</source>
        <translation>„%1“ ist zu groß zum Öffnen (%2 × %3 Pixel).</translation>
    </message>
    <message>
        <source>“%1” is too large to prepare (%2; at most %3).</source>
        <translation>„%1“ ist zu groß zum Vorbereiten (%2; höchstens %3).</translation>
    </message>
</context>
<context>
    <name>kora::models::KoraLink</name>
    <message>
        <source>The link&apos;s parameters are malformed.</source>
        <translation>Die Parameter des Links sind fehlerhaft.</translation>
    </message>
    <message>
        <source>The link has a parameter Kora does not know.</source>
        <translation>Der Link enthält einen Parameter, den Kora nicht kennt.</translation>
    </message>
    <message>
        <source>The link gives a parameter twice.</source>
        <translation>Der Link enthält einen Parameter doppelt.</translation>
    </message>
    <message>
        <source>The link does not name a Kora user.</source>
        <translation>Der Link nennt keinen Kora-Benutzer.</translation>
    </message>
    <message>
        <source>The link&apos;s job id is not valid.</source>
        <translation>Die Auftrags-ID des Links ist ungültig.</translation>
    </message>
    <message>
        <source>The link&apos;s job title contains characters Kora does not accept.</source>
        <translation>Der Auftragstitel des Links enthält Zeichen, die Kora nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The link&apos;s job title is empty or too long.</source>
        <translation>Der Auftragstitel des Links ist leer oder zu lang.</translation>
    </message>
    <message>
        <source>The link gives a job title without a job id.</source>
        <translation>Der Link enthält einen Auftragstitel ohne Auftrags-ID.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>Der Link ist zu lang.</translation>
    </message>
    <message>
        <source>The link contains spaces, control or non-ASCII characters.</source>
        <translation>Der Link enthält Leerzeichen, Steuerzeichen oder Nicht-ASCII-Zeichen.</translation>
    </message>
    <message>
        <source>Only kora:// links can be opened in Kora.</source>
        <translation>In Kora lassen sich nur kora://-Links öffnen.</translation>
    </message>
    <message>
        <source>The link&apos;s form is not one Kora accepts.</source>
        <translation>Diese Link-Form akzeptiert Kora nicht.</translation>
    </message>
    <message>
        <source>The link does not name a conversation.</source>
        <translation>Der Link nennt keine Unterhaltung.</translation>
    </message>
    <message>
        <source>The link does not name a message.</source>
        <translation>Der Link nennt keine Nachricht.</translation>
    </message>
    <message>
        <source>Kora cannot open this kind of link.</source>
        <translation>Kora kann diese Art von Link nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>kora::models::MessageListModel</name>
    <message>
        <source>you cannot write to this person</source>
        <translation>Sie können dieser Person nicht schreiben</translation>
    </message>
</context>
<context>
    <name>kora::models::Outbox</name>
    <message>
        <source>This message is not sent yet.</source>
        <translation>Diese Nachricht wurde noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Choose why you report this.</source>
        <translation>Wählen Sie, warum Sie dies melden.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>Die Notiz ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Choose at least one file to send.</source>
        <translation>Wählen Sie mindestens eine Datei zum Senden.</translation>
    </message>
    <message>
        <source>At most 10 files can go in one message.</source>
        <translation>Eine Nachricht kann höchstens 10 Dateien enthalten.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>kora::models::QuickReplies</name>
    <message>
        <source>A quick reply needs some text.</source>
        <translation>Eine Schnellantwort braucht einen Text.</translation>
    </message>
    <message>
        <source>A quick reply can be at most %1 characters long.</source>
        <translation>Eine Schnellantwort darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A title can be at most %1 characters long.</source>
        <translation>Ein Titel darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Could not save the quick replies: %1</source>
        <translation>Die Schnellantworten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>You can keep at most %1 quick replies.</source>
        <translation>Sie können höchstens %1 Schnellantworten speichern.</translation>
    </message>
    <message>
        <source>That quick reply is gone.</source>
        <translation>Diese Schnellantwort gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>There is no quick reply there.</source>
        <translation>An dieser Stelle gibt es keine Schnellantwort.</translation>
    </message>
    <message>
        <source>This file is too large to be a list of quick replies.</source>
        <translation>Diese Datei ist zu groß für eine Liste von Schnellantworten.</translation>
    </message>
    <message>
        <source>This file is not a list of quick replies (it is not valid JSON).</source>
        <translation>Diese Datei ist keine Liste von Schnellantworten (kein gültiges JSON).</translation>
    </message>
    <message>
        <source>This file is not a list of Kora quick replies.</source>
        <translation>Diese Datei ist keine Liste von Kora-Schnellantworten.</translation>
    </message>
    <message>
        <source>This file was written by a newer Kora; update Kora to import it.</source>
        <translation>Diese Datei stammt von einer neueren Kora-Version; aktualisieren Sie Kora, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Reply %1 in this file is not a quick reply.</source>
        <translation>Antwort %1 in dieser Datei ist keine Schnellantwort.</translation>
    </message>
    <message>
        <source>Reply %1 in this file: %2</source>
        <translation>Antwort %1 in dieser Datei: %2</translation>
    </message>
    <message>
        <source>Importing these would make more than %1 quick replies.</source>
        <translation>Durch den Import wären es mehr als %1 Schnellantworten.</translation>
    </message>
</context>
<context>
    <name>kora::models::SystemLines</name>
    <message>
        <source>you</source>
        <comment>in a list of people added or removed</comment>
        <translation>Sie</translation>
    </message>
    <message>
        <source>You renamed the group to “%1”</source>
        <translation>Sie haben die Gruppe in „%1“ umbenannt</translation>
    </message>
    <message>
        <source>%1 renamed the group to “%2”</source>
        <translation>%1 hat die Gruppe in „%2“ umbenannt</translation>
    </message>
    <message>
        <source>You left</source>
        <translation>Sie haben die Gruppe verlassen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 hat die Gruppe verlassen</translation>
    </message>
    <message>
        <source>You added %1</source>
        <translation>Sie haben %1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <translation>%1 hat Sie hinzugefügt</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 hat %2 hinzugefügt</translation>
    </message>
    <message>
        <source>You removed %1</source>
        <translation>Sie haben %1 entfernt</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <translation>%1 hat Sie entfernt</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>%1 hat %2 entfernt</translation>
    </message>
</context>
<context>
    <name>kora::ui::AttachmentStrip</name>
    <message>
        <source>Attachments to send</source>
        <translation>Zu sendende Anhänge</translation>
    </message>
    <message>
        <source>Remove this attachment</source>
        <translation>Diesen Anhang entfernen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>kora::ui::AuditLogView</name>
    <message>
        <source>Every search, conversation opened, export, look at the reports queue and report resolved by support staff, newest first.</source>
        <translation>Jede Suche, geöffnete Unterhaltung, jeder Export, jeder Blick in die Meldungsliste und jede vom Support bearbeitete Meldung, neueste zuerst.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Ältere Einträge</translation>
    </message>
    <message>
        <source>Viewed messages</source>
        <translation>Nachrichten angesehen</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>Gesucht</translation>
    </message>
    <message>
        <source>Exported a transcript</source>
        <translation>Verlauf exportiert</translation>
    </message>
    <message>
        <source>Read the reports queue</source>
        <translation>Meldungsliste angesehen</translation>
    </message>
    <message>
        <source>Resolved a report</source>
        <translation>Meldung bearbeitet</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation>Das Audit-Protokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>%n Eintrag angezeigt.</numerusform>
            <numerusform>%n Einträge angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::BlockedPeopleDialog</name>
    <message>
        <source>Blocked people</source>
        <translation>Blockierte Personen</translation>
    </message>
    <message>
        <source>People you block cannot write to you, react or see you typing in your conversation with them. They are not told.</source>
        <translation>Personen, die Sie blockieren, können Ihnen in Ihrer Unterhaltung nicht schreiben, nicht reagieren und nicht sehen, dass Sie tippen. Sie werden nicht benachrichtigt.</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>You have not blocked anyone.</source>
        <translation>Sie haben niemanden blockiert.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>%1 ist nicht mehr blockiert.</translation>
    </message>
    <message>
        <source>Could not unblock %1: %2</source>
        <translation>%1 konnte nicht freigegeben werden: %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::BookingStatus</name>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Strittig</translation>
    </message>
</context>
<context>
    <name>kora::ui::ChatPane</name>
    <message>
        <source>The file is not available.</source>
        <translation>Die Datei ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Hirer</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>last seen today at %1</source>
        <translation>zuletzt online heute um %1</translation>
    </message>
    <message>
        <source>last seen yesterday at %1</source>
        <translation>zuletzt online gestern um %1</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>zuletzt online %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the conversations</source>
        <translation>Zurück zu den Unterhaltungen</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Person and job details (Ctrl+Shift+I)</source>
        <translation>Person und Auftrag (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>More actions for this conversation</source>
        <translation>Weitere Aktionen für diese Unterhaltung</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>you</source>
        <comment>in a group&apos;s member list</comment>
        <translation>Sie</translation>
    </message>
    <message numerus="yes">
        <source>%n people: %1</source>
        <comment>a group&apos;s members</comment>
        <translation>
            <numerusform>%n Person: %1</numerusform>
            <numerusform>%n Personen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Job: %1 (#%2)</source>
        <translation>Auftrag: %1 (Nr. %2)</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Auftrag: %1</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>Auftrag Nr. %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 und %2 schreiben…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>Mehrere Personen schreiben…</translation>
    </message>
    <message>
        <source>Choose a conversation to start chatting.
Your messages with workers and hirers show up here.</source>
        <translation>Wählen Sie eine Unterhaltung, um zu chatten.
Ihre Nachrichten mit Auftragnehmern und Auftraggebern erscheinen hier.</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Ältere Nachrichten werden geladen…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Copy link to message</source>
        <translation>Link zur Nachricht kopieren</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Dateien hier ablegen, um sie anzuhängen</translation>
    </message>
    <message>
        <source>Images are resized to at most 2048 pixels. Files can be up to 25 MB.</source>
        <translation>Bilder werden auf höchstens 2048 Pixel verkleinert. Dateien dürfen bis zu 25 MB groß sein.</translation>
    </message>
</context>
<context>
    <name>kora::ui::Composer</name>
    <message>
        <source>Editing message — Esc to cancel</source>
        <translation>Nachricht bearbeiten — Esc zum Abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Attach files or images (you can also drop or paste them)</source>
        <translation>Dateien oder Bilder anhängen (Sie können sie auch ablegen oder einfügen)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Schnellantworten</translation>
    </message>
    <message>
        <source>Insert a quick reply (or type / and a word)</source>
        <translation>Schnellantwort einfügen (oder / und ein Wort tippen)</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Emoji einfügen</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Format as code (select several lines for a code block). Bold: Ctrl+B, italic: Ctrl+I, strikethrough: Ctrl+Shift+X.</source>
        <translation>Als Code formatieren (mehrere Zeilen für einen Codeblock markieren). Fett: Strg+B, kursiv: Strg+I, durchgestrichen: Strg+Umschalt+X.</translation>
    </message>
    <message>
        <source>Format as code</source>
        <translation>Als Code formatieren</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>Senden (Enter). Umschalt+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Sending as soon as the attachments are ready…</source>
        <translation>Wird gesendet, sobald die Anhänge bereit sind…</translation>
    </message>
    <message>
        <source>Too long: %1 / %2 characters. Shorten the message to send it.</source>
        <translation>Zu lang: %1 / %2 Zeichen. Kürzen Sie die Nachricht, um sie zu senden.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Add a caption (optional)…</source>
        <translation>Bildunterschrift hinzufügen (optional)…</translation>
    </message>
    <message>
        <source>Could not edit the message: %1</source>
        <translation>Die Nachricht konnte nicht bearbeitet werden: %1</translation>
    </message>
    <message>
        <source>Could not queue the attachments: %1</source>
        <translation>Die Anhänge konnten nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>Could not queue the message: %1</source>
        <translation>Die Nachricht konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>No quick replies yet</source>
        <translation>Noch keine Schnellantworten</translation>
    </message>
    <message>
        <source>Manage quick replies…</source>
        <translation>Schnellantworten verwalten…</translation>
    </message>
    <message>
        <source>At most %1 files can go in one message.</source>
        <translation>Eine Nachricht kann höchstens %1 Dateien enthalten.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <comment>file name of a pasted image, then date and time</comment>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>All files (*);;Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Alle Dateien (*);;Bilder (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save edited message</source>
        <translation>Bearbeitete Nachricht speichern</translation>
    </message>
</context>
<context>
    <name>kora::ui::ComposerEdit</name>
    <message>
        <source>Format</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation>Durchgestrichen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>kora::ui::ComposerSpelling</name>
    <message>
        <source>Spell check is off: no dictionary is installed.</source>
        <translation>Rechtschreibprüfung aus: Kein Wörterbuch installiert.</translation>
    </message>
    <message>
        <source>Spell check is off: no dictionary for %1 is installed.</source>
        <translation>Rechtschreibprüfung aus: Kein Wörterbuch für %1 installiert.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>no dictionary</source>
        <translation>kein Wörterbuch</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Spell check language</source>
        <translation>Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <extracomment>The spell-check language set in Preferences, e.g. &quot;Default (Français (France))&quot;.</extracomment>
        <translation>Standard (%1)</translation>
    </message>
</context>
<context>
    <name>kora::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n message(s) waiting</source>
        <translation>
            <numerusform>Offline — %n Nachricht wartet</numerusform>
            <numerusform>Offline — %n Nachrichten warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — trying to reconnect</source>
        <translation>Offline — neuer Verbindungsversuch</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>%n Nachricht wird gesendet…</numerusform>
            <numerusform>%n Nachrichten werden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Wieder verbunden</translation>
    </message>
    <message>
        <source>Signed out — sign in again</source>
        <translation>Abgemeldet — bitte erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
</context>
<context>
    <name>kora::ui::ContactNotice</name>
    <message>
        <source>Keep payments and contact on Kora until the booking is confirmed. This message has contact details in it.</source>
        <translation>Belassen Sie Zahlungen und Kontakt bei Kora, bis die Buchung bestätigt ist. Diese Nachricht enthält Kontaktdaten.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Send the message with its contact details</source>
        <translation>Nachricht mit den Kontaktdaten senden</translation>
    </message>
</context>
<context>
    <name>kora::ui::ConversationDelegate</name>
    <message>
        <source>Worker</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Hirer</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message numerus="yes">
        <source>Group · %n people</source>
        <comment>a group&apos;s members, in the list</comment>
        <translation>
            <numerusform>Gruppe · %n Person</numerusform>
            <numerusform>Gruppe · %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: </source>
        <translation>Entwurf: </translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>job: %1</source>
        <translation>Auftrag: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::ConversationPane</name>
    <message>
        <source>New conversation…</source>
        <translation>Neue Unterhaltung…</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Neue Gruppe…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Filter conversations by name or job (Ctrl+F)</source>
        <translation>Unterhaltungen nach Name oder Auftrag filtern (Strg+F)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Conversation views</source>
        <translation>Ansichten der Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>Keine Unterhaltung passt zu „%1“.</translation>
    </message>
    <message>
        <source>No archived conversations.</source>
        <translation>Keine archivierten Unterhaltungen.</translation>
    </message>
    <message>
        <source>No conversations yet.
Start one with “+”.</source>
        <translation>Noch keine Unterhaltungen.
Beginnen Sie eine mit „+“.</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>Aktionen für die Unterhaltung</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Unmute notifications</source>
        <translation>Benachrichtigungen einschalten</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Benachrichtigungen stummschalten</translation>
    </message>
    <message>
        <source>Notify during quiet hours</source>
        <translation>Auch während der Ruhezeiten benachrichtigen</translation>
    </message>
    <message>
        <source>Could not archive the conversation</source>
        <translation>Die Unterhaltung konnte nicht archiviert werden</translation>
    </message>
    <message>
        <source>Could not unarchive the conversation</source>
        <translation>Die Unterhaltung konnte nicht aus dem Archiv geholt werden</translation>
    </message>
    <message>
        <source>Could not mark the conversation as read</source>
        <translation>Die Unterhaltung konnte nicht als gelesen markiert werden</translation>
    </message>
</context>
<context>
    <name>kora::ui::DeleteActions</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Keep the message (Ctrl+Z)</source>
        <translation>Nachricht behalten (Strg+Z)</translation>
    </message>
    <message>
        <source>Delete for everyone…</source>
        <translation>Für alle löschen…</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete for everyone?</source>
        <translation>Für alle löschen?</translation>
    </message>
    <message>
        <source>The message is removed for everyone in this conversation. You can undo this for a few seconds.</source>
        <translation>Die Nachricht wird für alle in dieser Unterhaltung entfernt. Sie können dies einige Sekunden lang rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete the message: %1</source>
        <translation>Die Nachricht konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Message deleted.</source>
        <translation>Nachricht gelöscht.</translation>
    </message>
    <message>
        <source>Too late to undo: the message is already deleted.</source>
        <translation>Zu spät zum Rückgängigmachen: Die Nachricht ist bereits gelöscht.</translation>
    </message>
</context>
<context>
    <name>kora::ui::EmojiPicker</name>
    <message>
        <source>Frequently used</source>
        <translation>Häufig verwendet</translation>
    </message>
    <message>
        <source>Smileys and emotion</source>
        <translation>Smileys und Emotionen</translation>
    </message>
    <message>
        <source>People and body</source>
        <translation>Menschen und Körper</translation>
    </message>
    <message>
        <source>Animals and nature</source>
        <translation>Tiere und Natur</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Essen und Trinken</translation>
    </message>
    <message>
        <source>Travel and places</source>
        <translation>Reisen und Orte</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flaggen</translation>
    </message>
    <message>
        <source>Pick an emoji</source>
        <translation>Emoji auswählen</translation>
    </message>
    <message>
        <source>Search emoji</source>
        <translation>Emoji suchen</translation>
    </message>
    <message>
        <source>Emoji categories</source>
        <translation>Emoji-Kategorien</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
</context>
<context>
    <name>kora::ui::GroupActions</name>
    <message>
        <source>You are no longer in this group. What was written before stays here to read.</source>
        <translation>Sie sind nicht mehr in dieser Gruppe. Was vorher geschrieben wurde, bleibt hier lesbar.</translation>
    </message>
    <message>
        <source>Rename group…</source>
        <translation>Gruppe umbenennen…</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>Personen hinzufügen…</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Aus der Gruppe entfernen</translation>
    </message>
    <message>
        <source>Leave group…</source>
        <translation>Gruppe verlassen…</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Gruppenname:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Could not rename the group: %1</source>
        <translation>Die Gruppe konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>Gruppe verlassen</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>„%1“ verlassen?</translation>
    </message>
    <message>
        <source>You will no longer get its messages or be able to write in it. What was written stays here to read; someone in the group can add you again.</source>
        <translation>Sie erhalten dann keine Nachrichten mehr aus der Gruppe und können nicht mehr darin schreiben. Was geschrieben wurde, bleibt hier lesbar; jemand aus der Gruppe kann Sie wieder hinzufügen.</translation>
    </message>
    <message>
        <source>Could not leave the group: %1</source>
        <translation>Die Gruppe konnte nicht verlassen werden: %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>e.g. Asante house renovation</source>
        <translation>z. B. Renovierung Haus Asante</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Personen hinzufügen</translation>
    </message>
    <message>
        <source>Search people by name or email</source>
        <translation>Personen nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>Gruppe &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>Gruppen&amp;name:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personen:</translation>
    </message>
    <message>
        <source>There is nobody else to add.</source>
        <translation>Es gibt niemanden mehr, den Sie hinzufügen können.</translation>
    </message>
    <message>
        <source>Tick the people to add.</source>
        <translation>Markieren Sie die Personen, die hinzugefügt werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen: %1</source>
        <comment>people ticked for a group</comment>
        <translation>
            <numerusform>%n ausgewählt: %1</numerusform>
            <numerusform>%n ausgewählt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The group could not be saved: %1</source>
        <translation>Die Gruppe konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Creating the group…</source>
        <translation>Gruppe wird erstellt…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
</context>
<context>
    <name>kora::ui::ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>Bildbetrachter</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>zoom level</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit to the window (0)</source>
        <translation>An Fenster anpassen (0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size (1)</source>
        <translation>Originalgröße (1)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save the image (Ctrl+S)</source>
        <translation>Bild speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the image (Ctrl+C)</source>
        <translation>Bild kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Previous image</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <source>Previous image (Left arrow)</source>
        <translation>Vorheriges Bild (Pfeil links)</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>Next image (Right arrow)</source>
        <translation>Nächstes Bild (Pfeil rechts)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>date · file name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>image position</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The image could not be loaded.</source>
        <translation>Das Bild konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Previous image (Right arrow)</source>
        <translation>Vorheriges Bild (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Next image (Left arrow)</source>
        <translation>Nächstes Bild (Pfeil links)</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The conversation is closed.</source>
        <translation>Die Unterhaltung ist geschlossen.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
</context>
<context>
    <name>kora::ui::JobPanel</name>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (Nr. %2)</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>Auftrag Nr. %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Current job</source>
        <translation>Aktueller Auftrag</translation>
    </message>
    <message>
        <source>Jobs together</source>
        <translation>Gemeinsame Aufträge</translation>
    </message>
    <message>
        <source>No bookings yet.</source>
        <translation>Noch keine Buchungen.</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>Job and booking updates</source>
        <translation>Neuigkeiten zu Aufträgen und Buchungen</translation>
    </message>
    <message>
        <source>Job and booking news from the marketplace shows up here.</source>
        <translation>Neuigkeiten zu Aufträgen und Buchungen vom Marktplatz erscheinen hier.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>You talk here since %1.</source>
        <translation>Sie schreiben sich hier seit %1.</translation>
    </message>
    <message>
        <source>No job is linked to this conversation.</source>
        <translation>Mit dieser Unterhaltung ist kein Auftrag verknüpft.</translation>
    </message>
</context>
<context>
    <name>kora::ui::LinkConfirmDialog</name>
    <message>
        <source>worker</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>hirer</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Open a conversation from a link</source>
        <translation>Unterhaltung über einen Link öffnen</translation>
    </message>
    <message>
        <source>A web page or another program asks Kora to open a conversation. Nothing happens unless you choose to open it.</source>
        <translation>Eine Webseite oder ein anderes Programm bittet Kora, eine Unterhaltung zu öffnen. Es passiert nichts, solange Sie sie nicht öffnen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No job is named.</source>
        <translation>Kein Auftrag angegeben.</translation>
    </message>
    <message>
        <source>About job %1</source>
        <translation>Zum Auftrag %1</translation>
    </message>
    <message>
        <source>About the job “%1” (%2)</source>
        <translation>Zum Auftrag „%1“ (%2)</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
</context>
<context>
    <name>kora::ui::LoginDialog</name>
    <message>
        <source>Sign in to Kora</source>
        <translation>Bei Kora anmelden</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@beispiel.de</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Falsche E-Mail-Adresse oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your connection.</source>
        <translation>Der Server %1 ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted: %1</source>
        <translation>Dem Zertifikat des Servers kann nicht vertraut werden: %1</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute and try again.</source>
        <translation>Zu viele Anmeldeversuche. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Enter a valid email address and password.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse und ein Passwort ein.</translation>
    </message>
    <message>
        <source>The server at %1 does not look like a Kora server.</source>
        <translation>Der Server %1 scheint kein Kora-Server zu sein.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Enter a server address such as https://chat.example.com.</source>
        <translation>Geben Sie eine Serveradresse ein, z. B. https://chat.example.com.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>kora::ui::MainWindow</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <source>&amp;Kora</source>
        <translation>&amp;Kora</translation>
    </message>
    <message>
        <source>Quick &amp;replies…</source>
        <translation>&amp;Schnellantworten…</translation>
    </message>
    <message>
        <source>&amp;Blocked people…</source>
        <translation>&amp;Blockierte Personen…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere…</source>
        <translation>&amp;Überall abmelden…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Bee&amp;nden</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Neue Unterhaltung…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Neue &amp;Gruppe…</translation>
    </message>
    <message>
        <source>&amp;Quick switcher…</source>
        <translation>Schnell&amp;wechsel…</translation>
    </message>
    <message>
        <source>&amp;Search messages…</source>
        <translation>Nachrichten &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Search in this con&amp;versation…</source>
        <translation>In dieser Unterhaltung &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Find conversation</source>
        <translation>Unterhaltung &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>Ne&amp;xt conversation</source>
        <translation>Nä&amp;chste Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>Benachrichtigungen stu&amp;mmschalten</translation>
    </message>
    <message>
        <source>Sign out everywhere?</source>
        <translation>Überall abmelden?</translation>
    </message>
    <message>
        <source>Every device signed in to this account, this one included, is signed out at once and must sign in again. Use it if a device was lost or someone else may know your password.</source>
        <translation>Alle Geräte, die bei diesem Konto angemeldet sind, auch dieses, werden sofort abgemeldet und müssen sich neu anmelden. Nutzen Sie dies, wenn ein Gerät verloren ging oder jemand anderes Ihr Passwort kennen könnte.</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Kora (%1)</source>
        <translation>Kora (%1)</translation>
    </message>
    <message>
        <source>Kora</source>
        <translation>Kora</translation>
    </message>
    <message>
        <source>Kora — %1 (%2)</source>
        <translation>Kora — %1 (%2)</translation>
    </message>
    <message>
        <source>Kora — %1</source>
        <translation>Kora — %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::MediaCache</name>
    <message>
        <source>The image cannot be read.</source>
        <translation>Das Bild kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The image is too large to show.</source>
        <translation>Das Bild ist zu groß für die Anzeige.</translation>
    </message>
</context>
<context>
    <name>kora::ui::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation>Personen zum Erwähnen</translation>
    </message>
</context>
<context>
    <name>kora::ui::MessageDelegate</name>
    <message>
        <source>Image not available</source>
        <translation>Bild nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>file size · file type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>date · delivery state</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>attachments, caption</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>time: system message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sender: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <source>Contact details hidden by Kora. They can be shared once the booking is confirmed.</source>
        <translation>Kontaktdaten von Kora ausgeblendet. Sie können geteilt werden, sobald die Buchung bestätigt ist.</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Ursprüngliche Nachricht</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <source>Reaction %1, yours</source>
        <translation>Reaktion %1, Ihre</translation>
    </message>
    <message>
        <source>Reaction %1</source>
        <translation>Reaktion %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>Ungelesene Nachrichten</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date separator, this year</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>edited %1</source>
        <comment>edited mark, then the time</comment>
        <translation>bearbeitet %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::NewConversationDialog</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nobody found for “%1”.</source>
        <translation>Niemand gefunden für „%1“.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Search people by name or email</source>
        <translation>Personen nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Job title (optional)</source>
        <translation>Auftragstitel (optional)</translation>
    </message>
    <message>
        <source>Optional, e.g. Kitchen tiling</source>
        <translation>Optional, z. B. Küche fliesen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>About a &amp;job:</source>
        <translation>Zu einem &amp;Auftrag:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A network error occurred: %1</source>
        <translation>Ein Netzwerkfehler ist aufgetreten: %1</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Sie dürfen dies nicht tun.</translation>
    </message>
    <message>
        <source>That person or conversation no longer exists.</source>
        <translation>Diese Person oder Unterhaltung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Etwas ist schiefgelaufen (%1).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>%1 — in your conversations</source>
        <translation>%1 — in Ihren Unterhaltungen</translation>
    </message>
    <message>
        <source>%1, in your conversations</source>
        <translation>%1, in Ihren Unterhaltungen</translation>
    </message>
    <message>
        <source>There is nobody to write to yet.</source>
        <translation>Es gibt noch niemanden, dem Sie schreiben können.</translation>
    </message>
    <message>
        <source>Opening the conversation…</source>
        <translation>Unterhaltung wird geöffnet…</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>Die Unterhaltung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>Unterhaltung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Start conversation</source>
        <translation>Unterhaltung &amp;beginnen</translation>
    </message>
</context>
<context>
    <name>kora::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Spell check</source>
        <translation>Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Applied at once, to every Kora window.</source>
        <translation>Wird sofort auf alle Kora-Fenster angewendet.</translation>
    </message>
    <message>
        <source>Kora reopens its window in the language you pick; what you were writing is kept.</source>
        <translation>Kora öffnet sein Fenster in der gewählten Sprache neu; was Sie gerade schreiben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Ton abspielen</translation>
    </message>
    <message>
        <source>Show the message text in notifications</source>
        <translation>Nachrichtentext in Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Quiet every day from</source>
        <translation>Täglich Ruhe von</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Ruhe ab</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Ruhe bis</translation>
    </message>
    <message>
        <source>Let @mentions and direct messages from important people through</source>
        <translation>@Erwähnungen und Direktnachrichten von wichtigen Personen durchlassen</translation>
    </message>
    <message>
        <source>Mark someone as important from their conversation&apos;s menu in the list. Unread counts still show while it is quiet.</source>
        <translation>Markieren Sie jemanden über das Menü seiner Unterhaltung in der Liste als wichtig. Ungelesene Nachrichten werden auch während der Ruhezeit gezählt.</translation>
    </message>
    <message>
        <source>Spell-check language</source>
        <translation>Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Follow the language of Kora</source>
        <translation>Sprache von Kora verwenden</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>No spell-check dictionary is installed (on Debian: the hunspell-* packages).</source>
        <translation>Kein Wörterbuch für die Rechtschreibprüfung installiert (unter Debian: die Pakete hunspell-*).</translation>
    </message>
    <message>
        <source>A conversation can use another language: right-click in the message box.</source>
        <translation>Eine Unterhaltung kann eine andere Sprache verwenden: Rechtsklick in das Nachrichtenfeld.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out everywhere…</source>
        <translation>Überall abmelden…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Hirer</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickReactionBar</name>
    <message>
        <source>Message actions</source>
        <translation>Aktionen für die Nachricht</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>Mit %1 reagieren</translation>
    </message>
    <message>
        <source>More reactions…</source>
        <translation>Weitere Reaktionen…</translation>
    </message>
    <message>
        <source>Reply (Ctrl+R)</source>
        <translation>Antworten (Strg+R)</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickRepliesDialog</name>
    <message>
        <source>{name}, {first_name} and {job} are filled in from the conversation you insert the reply into.</source>
        <translation>{name}, {first_name} und {job} werden aus der Unterhaltung ausgefüllt, in die Sie die Antwort einfügen.</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Schnellantworten</translation>
    </message>
    <message>
        <source>Answers you give often, one click or a / away in the message field.</source>
        <translation>Antworten, die Sie oft geben – nur einen Klick oder ein / im Nachrichtenfeld entfernt.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quick reply(ies) exported.</source>
        <translation>
            <numerusform>%n Schnellantwort exportiert.</numerusform>
            <numerusform>%n Schnellantworten exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing new to import: every reply in the file is already here.</source>
        <translation>Nichts Neues zu importieren: Alle Antworten der Datei sind bereits vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n quick reply(ies) imported.</source>
        <translation>
            <numerusform>%n Schnellantwort importiert.</numerusform>
            <numerusform>%n Schnellantworten importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import quick replies</source>
        <translation>Schnellantworten importieren</translation>
    </message>
    <message>
        <source>Quick replies (*.json)</source>
        <translation>Schnellantworten (*.json)</translation>
    </message>
    <message>
        <source>Export quick replies</source>
        <translation>Schnellantworten exportieren</translation>
    </message>
    <message>
        <source>kora-quick-replies</source>
        <translation>kora-schnellantworten</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickReplyEditor</name>
    <message>
        <source>New quick reply</source>
        <translation>Neue Schnellantwort</translation>
    </message>
    <message>
        <source>Edit quick reply</source>
        <translation>Schnellantwort bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Availability</source>
        <translation>z. B. Verfügbarkeit</translation>
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation>&amp;Titel (optional):</translation>
    </message>
    <message>
        <source>Hi {first_name}, thanks for your message about {job}…</source>
        <translation>Hallo {first_name}, danke für Ihre Nachricht zu {job}…</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickReplyPicker</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Schnellantworten</translation>
    </message>
    <message>
        <source>Manage quick replies…</source>
        <translation>Schnellantworten verwalten…</translation>
    </message>
    <message>
        <source>No quick replies yet. Save the answers you give often and insert them with / and a word from them.</source>
        <translation>Noch keine Schnellantworten. Speichern Sie Antworten, die Sie oft geben, und fügen Sie sie mit / und einem Wort daraus ein.</translation>
    </message>
    <message>
        <source>No quick reply matches “%1”.</source>
        <translation>Keine Schnellantwort passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickSwitcher</name>
    <message>
        <source>Quick switcher</source>
        <translation>Schnellwechsel</translation>
    </message>
    <message>
        <source>Jump to a conversation…</source>
        <translation>Zu einer Unterhaltung springen…</translation>
    </message>
    <message>
        <source>Conversation name</source>
        <translation>Name der Unterhaltung</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Passende Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuietHoursMenu</name>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Für 1 &amp;Stunde</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <source>&amp;Quiet hours…</source>
        <translation>&amp;Ruhezeiten…</translation>
    </message>
    <message>
        <source>Notifications on</source>
        <translation>Benachrichtigungen an</translation>
    </message>
    <message>
        <source>Quiet until %1</source>
        <translation>Ruhe bis %1</translation>
    </message>
    <message>
        <source>Quiet until tomorrow, %1</source>
        <translation>Ruhe bis morgen, %1</translation>
    </message>
    <message>
        <source>Quiet until %1, %2</source>
        <translation>Ruhe bis %1, %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReactionActions</name>
    <message>
        <source>Could not react: %1</source>
        <translation>Reagieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reagieren</translation>
    </message>
    <message>
        <source>More reactions…</source>
        <translation>Weitere Reaktionen…</translation>
    </message>
    <message>
        <source>the message was deleted or takes no more reactions</source>
        <translation>Die Nachricht wurde gelöscht oder nimmt keine Reaktionen mehr an</translation>
    </message>
    <message>
        <source>you cannot react in this conversation</source>
        <translation>Sie können in dieser Unterhaltung nicht reagieren</translation>
    </message>
    <message>
        <source>the message is gone</source>
        <translation>Die Nachricht existiert nicht mehr</translation>
    </message>
    <message>
        <source>Your reaction %1 was not added: %2</source>
        <translation>Ihre Reaktion %1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Your reaction %1 was not removed: %2</source>
        <translation>Ihre Reaktion %1 wurde nicht entfernt: %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReactionStrip</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message numerus="yes">
        <source>%n people reacted with %1</source>
        <translation>
            <numerusform>Reaktion %1: %n Person</numerusform>
            <numerusform>Reaktion %1: %n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more reacted with %2</source>
        <translation>
            <numerusform>Reaktion %2: %1 und %n weitere</numerusform>
            <numerusform>Reaktion %2: %1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reacted with %2</source>
        <translation>Reaktion %2: %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReplyActions</name>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReplyBar</name>
    <message>
        <source>Cancel the reply (Esc)</source>
        <translation>Antwort abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <source>Replying to %1:</source>
        <translation>Antwort an %1:</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReplyQuote</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Ursprüngliche Nachricht</translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation>Gelöschte Nachricht</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReportDialog</name>
    <message>
        <source>Spam or advertising</source>
        <translation>Spam oder Werbung</translation>
    </message>
    <message>
        <source>A scam or fraud</source>
        <translation>Betrug oder Täuschung</translation>
    </message>
    <message>
        <source>Asks to pay or talk outside Kora</source>
        <translation>Fordert zu Zahlung oder Kontakt außerhalb von Kora auf</translation>
    </message>
    <message>
        <source>Harassment or threats</source>
        <translation>Belästigung oder Drohungen</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Report to Kora support</source>
        <translation>An den Kora-Support melden</translation>
    </message>
    <message>
        <source>What is wrong with this message?</source>
        <translation>Was stimmt mit dieser Nachricht nicht?</translation>
    </message>
    <message>
        <source>What is wrong with this conversation?</source>
        <translation>Was stimmt mit dieser Unterhaltung nicht?</translation>
    </message>
    <message>
        <source>Tell support what happened (optional)</source>
        <translation>Schildern Sie dem Support, was passiert ist (optional)</translation>
    </message>
    <message>
        <source>Note for support</source>
        <translation>Notiz für den Support</translation>
    </message>
    <message>
        <source>Also block %1</source>
        <translation>%1 auch blockieren</translation>
    </message>
    <message>
        <source>Support reads this conversation to look into it. No one is told who reported it.</source>
        <translation>Der Support liest diese Unterhaltung, um der Sache nachzugehen. Niemand erfährt, wer sie gemeldet hat.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Meldung senden</translation>
    </message>
</context>
<context>
    <name>kora::ui::ResolveReportDialog</name>
    <message>
        <source>Resolve report</source>
        <translation>Meldung bearbeiten</translation>
    </message>
    <message>
        <source>What was done about it? The resolution is kept with the report and in the audit log.</source>
        <translation>Was wurde unternommen? Die Lösung wird mit der Meldung und im Audit-Protokoll gespeichert.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>For example: warned the provider, refunded the hirer</source>
        <translation>Zum Beispiel: Auftragnehmer verwarnt, Auftraggeber erstattet</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
</context>
<context>
    <name>kora::ui::SafetyBanner</name>
    <message>
        <source>For your safety, keep payments and contact details on Kora until the booking is confirmed. If something goes wrong, support can only help with what happened here.</source>
        <translation>Belassen Sie zu Ihrer Sicherheit Zahlungen und Kontaktdaten bei Kora, bis die Buchung bestätigt ist. Bei Problemen kann der Support nur bei dem helfen, was hier geschehen ist.</translation>
    </message>
    <message>
        <source>Got it, don&apos;t show this again here</source>
        <translation>Verstanden, hier nicht mehr anzeigen</translation>
    </message>
    <message>
        <source>Close the safety notice</source>
        <translation>Sicherheitshinweis schließen</translation>
    </message>
</context>
<context>
    <name>kora::ui::SearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Search in %1</source>
        <translation>In %1 suchen</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>Diese Unterhaltung durchsuchen</translation>
    </message>
    <message>
        <source>Search every conversation</source>
        <translation>Alle Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>Ä&amp;lter</translation>
    </message>
    <message>
        <source>The older match (Down)</source>
        <translation>Älterer Treffer (Pfeil runter)</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>&amp;Neuer</translation>
    </message>
    <message>
        <source>The newer match (Up)</source>
        <translation>Neuerer Treffer (Pfeil hoch)</translation>
    </message>
    <message>
        <source>Type a word, or the start of one.</source>
        <translation>Geben Sie ein Wort oder seinen Anfang ein.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n found here; searching older history…</source>
        <translation>
            <numerusform>%n Treffer hier; ältere Nachrichten werden durchsucht…</numerusform>
            <numerusform>%n Treffer hier; ältere Nachrichten werden durchsucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found on this device. Offline: older history cannot be searched now.</source>
        <translation>Nichts auf diesem Gerät gefunden. Offline: Ältere Nachrichten können gerade nicht durchsucht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n found on this device. Offline: older history cannot be searched now.</source>
        <translation>
            <numerusform>%n Treffer auf diesem Gerät. Offline: Ältere Nachrichten können gerade nicht durchsucht werden.</numerusform>
            <numerusform>%n Treffer auf diesem Gerät. Offline: Ältere Nachrichten können gerade nicht durchsucht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the match shown, of all found</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>%n Treffer.</numerusform>
            <numerusform>%n Treffer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportConversationView</name>
    <message>
        <source>Export transcript…</source>
        <translation>Verlauf exportieren…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>The reported message is no longer in this conversation.</source>
        <translation>Die gemeldete Nachricht ist nicht mehr in dieser Unterhaltung.</translation>
    </message>
    <message>
        <source>Search on the left and pick a conversation to read it. Opening one is logged.</source>
        <translation>Suchen Sie links und wählen Sie eine Unterhaltung zum Lesen. Das Öffnen wird protokolliert.</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Auftrag: %1</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>Auftrag: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Unterhaltung wird geladen…</translation>
    </message>
    <message>
        <source>Could not open the conversation: %1</source>
        <translation>Die Unterhaltung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Ältere Nachrichten werden geladen…</translation>
    </message>
    <message>
        <source>Could not load older messages: %1</source>
        <translation>Ältere Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportReportsModel</name>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Scam</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>Payment outside the platform</source>
        <translation>Zahlung außerhalb der Plattform</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Belästigung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>Ein Teilnehmer</translation>
    </message>
    <message>
        <source>%1 (the conversation)</source>
        <translation>%1 (die Unterhaltung)</translation>
    </message>
    <message>
        <source>%1 (one message)</source>
        <translation>%1 (eine Nachricht)</translation>
    </message>
    <message>
        <source>Not known yet: open the report to see who it is (user %1)</source>
        <translation>Noch unbekannt: Öffnen Sie die Meldung, um zu sehen, wer es ist (Benutzer %1)</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Keine Notiz</translation>
    </message>
    <message>
        <source>%1 (resolved %2)</source>
        <translation>%1 (erledigt %2)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportReportsView</name>
    <message>
        <source>Conversations and messages that participants reported, newest first. Opening one is logged.</source>
        <translation>Von Teilnehmern gemeldete Unterhaltungen und Nachrichten, neueste zuerst. Das Öffnen wird protokolliert.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>Shows the conversation at the reported message (Enter)</source>
        <translation>Zeigt die Unterhaltung bei der gemeldeten Nachricht (Enter)</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Erledigen…</translation>
    </message>
    <message>
        <source>Someone has resolved this report already. Refresh to see how.</source>
        <translation>Jemand hat diese Meldung bereits erledigt. Aktualisieren Sie, um zu sehen, wie.</translation>
    </message>
    <message>
        <source>The server does not know this report.</source>
        <translation>Der Server kennt diese Meldung nicht.</translation>
    </message>
    <message>
        <source>This account may not do that any more. Sign in again.</source>
        <translation>Dieses Konto darf das nicht mehr. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Kora cannot reach the server. Check the connection and try again.</source>
        <translation>Kora erreicht den Server nicht. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server could not record this in the audit log, so nothing was done.</source>
        <translation>Der Server konnte dies nicht im Audit-Protokoll vermerken, daher wurde nichts getan.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the reports: %1</source>
        <translation>Die Meldungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No open reports.</source>
        <translation>Keine offenen Meldungen.</translation>
    </message>
    <message>
        <source>No resolved reports.</source>
        <translation>Keine erledigten Meldungen.</translation>
    </message>
    <message>
        <source>%1, reported by %2</source>
        <translation>%1, gemeldet von %2</translation>
    </message>
    <message>
        <source>Resolving the report…</source>
        <translation>Meldung wird erledigt…</translation>
    </message>
    <message>
        <source>The report was not resolved: %1</source>
        <translation>Die Meldung wurde nicht erledigt: %1</translation>
    </message>
    <message>
        <source>Report resolved. It is listed under Resolved now.</source>
        <translation>Meldung erledigt. Sie steht jetzt unter „Erledigt“.</translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportSearchPane</name>
    <message>
        <source>Name, email or text in messages</source>
        <translation>Name, E-Mail oder Text in Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Exact job id</source>
        <translation>Genaue Auftrags-ID</translation>
    </message>
    <message>
        <source>&amp;Job id:</source>
        <translation>&amp;Auftrags-ID:</translation>
    </message>
    <message>
        <source>Active on or after</source>
        <translation>Aktiv am oder nach dem</translation>
    </message>
    <message>
        <source>Started on or before</source>
        <translation>Begonnen am oder vor dem</translation>
    </message>
    <message>
        <source>Only conversations with activity on this day or later</source>
        <translation>Nur Unterhaltungen mit Aktivität an diesem Tag oder später</translation>
    </message>
    <message>
        <source>Only conversations that began on this day or earlier</source>
        <translation>Nur Unterhaltungen, die an diesem Tag oder früher begannen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Conversations found</source>
        <translation>Gefundene Unterhaltungen</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Weitere Ergebnisse</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Auftrag: %1</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>Auftrag: %1 (%2)</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Zuletzt aktiv %1</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No conversations found.</source>
        <translation>Keine Unterhaltungen gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found.</source>
        <translation>
            <numerusform>%n Unterhaltung gefunden.</numerusform>
            <numerusform>%n Unterhaltungen gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportWindow</name>
    <message>
        <source>Kora Support view (read-only) — %1</source>
        <translation>Kora Support-Ansicht (nur lesen) — %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Kora cannot open its temporary data: %1</source>
        <translation>Kora kann seine temporären Daten nicht öffnen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>people (job)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Support view — read-only, access is logged</source>
        <translation>Support-Ansicht — nur lesen, Zugriffe werden protokolliert</translation>
    </message>
    <message>
        <source>Opening the reported conversation…</source>
        <translation>Gemeldete Unterhaltung wird geöffnet…</translation>
    </message>
    <message>
        <source>Could not open the reported conversation: %1</source>
        <translation>Die gemeldete Unterhaltung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>As HTML…</source>
        <translation>Als HTML…</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>Als PDF…</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Öffnen Sie zuerst eine Unterhaltung.</translation>
    </message>
    <message>
        <source>Loading the whole conversation…</source>
        <translation>Gesamte Unterhaltung wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the conversation: %1</source>
        <translation>Die Unterhaltung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so nothing was written: %1</source>
        <translation>Der Export konnte nicht im Audit-Protokoll vermerkt werden, daher wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>Conversation transcript</source>
        <translation>Verlauf der Unterhaltung</translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation>Verlauf gespeichert unter %1</translation>
    </message>
    <message>
        <source>Could not write the transcript: %1</source>
        <translation>Der Verlauf konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::TranscriptExporter</name>
    <message>
        <source>Conversation transcript</source>
        <translation>Verlauf der Unterhaltung</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2, %3)</source>
        <translation>Anhang: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>bearbeitet %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::TrustActions</name>
    <message>
        <source>Unblock</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>You blocked %1. They cannot write to you here until you unblock them.</source>
        <translation>Sie haben %1 blockiert. Diese Person kann Ihnen hier nicht schreiben, bis Sie sie freigeben.</translation>
    </message>
    <message>
        <source>Report conversation…</source>
        <translation>Unterhaltung melden…</translation>
    </message>
    <message>
        <source>Your report reached Kora support. Thank you.</source>
        <translation>Ihre Meldung ist beim Kora-Support angekommen. Vielen Dank.</translation>
    </message>
    <message>
        <source>Your report was not taken: %1</source>
        <translation>Ihre Meldung wurde nicht angenommen: %1</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>diese Person</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <source>Block %1…</source>
        <translation>%1 blockieren…</translation>
    </message>
    <message>
        <source>Report message…</source>
        <translation>Nachricht melden…</translation>
    </message>
    <message>
        <source>Block %1?</source>
        <translation>%1 blockieren?</translation>
    </message>
    <message>
        <source>%1 will not be able to write to you, react or start a new conversation with you. You can both still read what was written, and you can unblock them at any time.</source>
        <translation>%1 kann Ihnen dann nicht mehr schreiben, nicht reagieren und keine neue Unterhaltung mit Ihnen beginnen. Sie können beide weiterhin lesen, was geschrieben wurde, und Sie können die Blockierung jederzeit aufheben.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 ist blockiert.</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>%1 ist nicht mehr blockiert.</translation>
    </message>
    <message>
        <source>Could not block %1: %2</source>
        <translation>%1 konnte nicht blockiert werden: %2</translation>
    </message>
    <message>
        <source>Could not unblock %1: %2</source>
        <translation>%1 konnte nicht freigegeben werden: %2</translation>
    </message>
    <message>
        <source>Could not report: %1</source>
        <translation>Melden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Your report will be sent when you are back online.</source>
        <translation>Ihre Meldung wird gesendet, sobald Sie wieder online sind.</translation>
    </message>
</context>
</TS>
