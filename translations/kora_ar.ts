<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>kora::app::AppController</name>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>انتهت صلاحية جلستك. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Kora cannot open its local data: %1</source>
        <translation>لا يستطيع Kora فتح بياناته المحلية: %1</translation>
    </message>
    <message>
        <source>Sign in again; unsent messages are kept.</source>
        <translation>سجّل الدخول مرة أخرى؛ الرسائل غير المرسلة محفوظة.</translation>
    </message>
    <message>
        <source>Could not sign out everywhere: %1</source>
        <translation>تعذّر تسجيل الخروج من كل الأجهزة: %1</translation>
    </message>
</context>
<context>
    <name>kora::app::LinkHandler</name>
    <message>
        <source>A support account cannot open conversations from links.</source>
        <translation>لا يمكن لحساب الدعم فتح المحادثات من الروابط.</translation>
    </message>
    <message>
        <source>Kora cannot open this link. %1</source>
        <translation>لا يستطيع Kora فتح هذا الرابط. %1</translation>
    </message>
    <message>
        <source>This conversation is not one of yours, or it no longer exists.</source>
        <translation>هذه المحادثة ليست من محادثاتك، أو لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This link is for a conversation with yourself.</source>
        <translation>هذا الرابط لمحادثة مع نفسك.</translation>
    </message>
    <message>
        <source>Kora cannot look up the person of this link. %1</source>
        <translation>لا يستطيع Kora العثور على الشخص المحدد في هذا الرابط. %1</translation>
    </message>
    <message>
        <source>No one you can write to matches this link.</source>
        <translation>لا يطابق هذا الرابط أي شخص يمكنك مراسلته.</translation>
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
        <translation>إظهار Kora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message numerus="yes">
        <source>Kora — %n unread message(s)</source>
        <translation>
            <numerusform>Kora — %n رسالة غير مقروءة</numerusform>
            <numerusform>Kora — %n رسالة غير مقروءة</numerusform>
            <numerusform>Kora — %n رسالتان غير مقروءتين</numerusform>
            <numerusform>Kora — %n رسائل غير مقروءة</numerusform>
            <numerusform>Kora — %n رسالة غير مقروءة</numerusform>
            <numerusform>Kora — %n رسالة غير مقروءة</numerusform>
        </translation>
    </message>
    <message>
        <source>Kora</source>
        <translation>Kora</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message>
        <source>%1 mentioned you in %2</source>
        <translation>أشار إليك %1 في %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 في %2</translation>
    </message>
</context>
<context>
    <name>kora::app::SingleInstance</name>
    <message>
        <source>Another Kora is starting and holds %1.</source>
        <translation>نسخة أخرى من Kora قيد البدء وتستحوذ على %1.</translation>
    </message>
    <message>
        <source>The arguments are too long to hand over.</source>
        <translation>المعاملات أطول من أن تُمرَّر.</translation>
    </message>
    <message>
        <source>The running Kora did not answer: %1</source>
        <translation>لم تستجب نسخة Kora العاملة: %1</translation>
    </message>
    <message>
        <source>The running Kora gave an unexpected answer.</source>
        <translation>أعطت نسخة Kora العاملة إجابة غير متوقعة.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>تعذّر الاستماع على %1: %2</translation>
    </message>
</context>
<context>
    <name>kora::app::TokenStore</name>
    <message>
        <source>Your system keychain is not available; you will stay signed in only until Kora closes.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة؛ ستبقى مسجّل الدخول فقط حتى إغلاق Kora.</translation>
    </message>
</context>
<context>
    <name>kora::models::ClientSession</name>
    <message>
        <source>Your session has expired.</source>
        <translation>انتهت صلاحية جلستك.</translation>
    </message>
</context>
<context>
    <name>kora::models::ConversationListModel</name>
    <message>
        <source>Message deleted</source>
        <translation>حُذفت الرسالة</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>لا رسائل بعد</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>أنت: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>kora::models::ImagePrep</name>
    <message>
        <source>“%1” could not be prepared: the folder %2 cannot be created.</source>
        <translation>تعذّر تجهيز «%1»: لا يمكن إنشاء المجلد %2.</translation>
    </message>
    <message>
        <source>“%1” could not be prepared: %2</source>
        <translation>تعذّر تجهيز «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is still too large after shrinking it (images can be up to %2).</source>
        <translation>«%1» لا يزال كبيرًا جدًا بعد تصغيره (الحد الأقصى للصور %2).</translation>
    </message>
    <message>
        <source>“%1” is too large (%2). Files can be up to %3.</source>
        <translation>«%1» كبير جدًا (%2). الحد الأقصى لحجم الملفات %3.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>تعذّرت قراءة «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” changed while it was being read. Try again.</source>
        <translation>تغيّر «%1» أثناء قراءته. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Attach the files inside it instead.</source>
        <translation>«%1» مجلد. أرفق الملفات الموجودة داخله بدلًا منه.</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>لم يُعثر على «%1».</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>تعذّرت قراءة «%1»: تم رفض الإذن.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» فارغ.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2). Images can be up to %3.</source>
        <translation>«%1» كبير جدًا (%2). الحد الأقصى لحجم الصور %3.</translation>
    </message>
    <message>
        <source>“%1” is not a valid image or is damaged.</source>
        <translation>«%1» ليس صورة صالحة أو أنه تالف.</translation>
    </message>
    <message>
        <source>“%1” is too large to open (%2 × %3 pixels).</source>
        <translation>«%1» أكبر من أن يُفتح (%2 × %3 بكسل).</translation>
    </message>
    <message>
        <source>“%1” is too large to prepare (%2; at most %3).</source>
        <translation>«%1» أكبر من أن يُجهَّز (%2؛ الحد الأقصى %3).</translation>
    </message>
</context>
<context>
    <name>kora::models::KoraLink</name>
    <message>
        <source>The link&apos;s parameters are malformed.</source>
        <translation>معاملات الرابط غير صحيحة التنسيق.</translation>
    </message>
    <message>
        <source>The link has a parameter Kora does not know.</source>
        <translation>يحتوي الرابط على معامل لا يعرفه Kora.</translation>
    </message>
    <message>
        <source>The link gives a parameter twice.</source>
        <translation>يحدد الرابط أحد المعاملات مرتين.</translation>
    </message>
    <message>
        <source>The link does not name a Kora user.</source>
        <translation>لا يشير الرابط إلى أي مستخدم في Kora.</translation>
    </message>
    <message>
        <source>The link&apos;s job id is not valid.</source>
        <translation>معرّف المهمة في الرابط غير صالح.</translation>
    </message>
    <message>
        <source>The link&apos;s job title contains characters Kora does not accept.</source>
        <translation>يحتوي عنوان المهمة في الرابط على أحرف لا يقبلها Kora.</translation>
    </message>
    <message>
        <source>The link&apos;s job title is empty or too long.</source>
        <translation>عنوان المهمة في الرابط فارغ أو طويل جدًا.</translation>
    </message>
    <message>
        <source>The link gives a job title without a job id.</source>
        <translation>يحدد الرابط عنوان مهمة دون معرّف مهمة.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>الرابط طويل جدًا.</translation>
    </message>
    <message>
        <source>The link contains spaces, control or non-ASCII characters.</source>
        <translation>يحتوي الرابط على مسافات أو أحرف تحكم أو أحرف غير ASCII.</translation>
    </message>
    <message>
        <source>Only kora:// links can be opened in Kora.</source>
        <translation>لا يمكن فتح سوى روابط kora:// في Kora.</translation>
    </message>
    <message>
        <source>The link&apos;s form is not one Kora accepts.</source>
        <translation>صيغة الرابط ليست من الصيغ التي يقبلها Kora.</translation>
    </message>
    <message>
        <source>The link does not name a conversation.</source>
        <translation>لا يشير الرابط إلى أي محادثة.</translation>
    </message>
    <message>
        <source>The link does not name a message.</source>
        <translation>لا يشير الرابط إلى أي رسالة.</translation>
    </message>
    <message>
        <source>Kora cannot open this kind of link.</source>
        <translation>لا يستطيع Kora فتح هذا النوع من الروابط.</translation>
    </message>
</context>
<context>
    <name>kora::models::MessageListModel</name>
    <message>
        <source>you cannot write to this person</source>
        <translation>لا يمكنك مراسلة هذا الشخص</translation>
    </message>
</context>
<context>
    <name>kora::models::Outbox</name>
    <message>
        <source>This message is not sent yet.</source>
        <translation>لم تُرسل هذه الرسالة بعد.</translation>
    </message>
    <message>
        <source>Choose why you report this.</source>
        <translation>اختر سبب الإبلاغ.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>الملاحظة أطول من الحد المسموح به (%1 حرفًا).</translation>
    </message>
    <message>
        <source>Choose at least one file to send.</source>
        <translation>اختر ملفًا واحدًا على الأقل لإرساله.</translation>
    </message>
    <message>
        <source>At most 10 files can go in one message.</source>
        <translation>يمكن أن تحتوي الرسالة الواحدة على 10 ملفات كحد أقصى.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>تعذّرت قراءة %1.</translation>
    </message>
</context>
<context>
    <name>kora::models::QuickReplies</name>
    <message>
        <source>A quick reply needs some text.</source>
        <translation>يجب أن يحتوي الرد السريع على نص.</translation>
    </message>
    <message>
        <source>A quick reply can be at most %1 characters long.</source>
        <translation>يمكن أن يصل طول الرد السريع إلى %1 حرف كحد أقصى.</translation>
    </message>
    <message>
        <source>A title can be at most %1 characters long.</source>
        <translation>يمكن أن يصل طول العنوان إلى %1 حرف كحد أقصى.</translation>
    </message>
    <message>
        <source>Could not save the quick replies: %1</source>
        <translation>تعذّر حفظ الردود السريعة: %1</translation>
    </message>
    <message>
        <source>You can keep at most %1 quick replies.</source>
        <translation>يمكنك الاحتفاظ بـ %1 رد سريع كحد أقصى.</translation>
    </message>
    <message>
        <source>That quick reply is gone.</source>
        <translation>لم يعد هذا الرد السريع موجودًا.</translation>
    </message>
    <message>
        <source>There is no quick reply there.</source>
        <translation>لا يوجد رد سريع هناك.</translation>
    </message>
    <message>
        <source>This file is too large to be a list of quick replies.</source>
        <translation>هذا الملف أكبر من أن يكون قائمة ردود سريعة.</translation>
    </message>
    <message>
        <source>This file is not a list of quick replies (it is not valid JSON).</source>
        <translation>هذا الملف ليس قائمة ردود سريعة (ليس JSON صالحًا).</translation>
    </message>
    <message>
        <source>This file is not a list of Kora quick replies.</source>
        <translation>هذا الملف ليس قائمة ردود سريعة من Kora.</translation>
    </message>
    <message>
        <source>This file was written by a newer Kora; update Kora to import it.</source>
        <translation>كُتب هذا الملف بإصدار أحدث من Kora؛ حدّث Kora لاستيراده.</translation>
    </message>
    <message>
        <source>Reply %1 in this file is not a quick reply.</source>
        <translation>الرد %1 في هذا الملف ليس ردًا سريعًا.</translation>
    </message>
    <message>
        <source>Reply %1 in this file: %2</source>
        <translation>الرد %1 في هذا الملف: %2</translation>
    </message>
    <message>
        <source>Importing these would make more than %1 quick replies.</source>
        <translation>سيؤدي استيراد هذه الردود إلى تجاوز %1 رد سريع.</translation>
    </message>
</context>
<context>
    <name>kora::models::SystemLines</name>
    <message>
        <source>you</source>
        <comment>in a list of people added or removed</comment>
        <translation>أنت</translation>
    </message>
    <message>
        <source>You renamed the group to “%1”</source>
        <translation>غيّرت اسم المجموعة إلى «%1»</translation>
    </message>
    <message>
        <source>%1 renamed the group to “%2”</source>
        <translation>غيّر %1 اسم المجموعة إلى «%2»</translation>
    </message>
    <message>
        <source>You left</source>
        <translation>غادرت المجموعة</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>غادر %1 المجموعة</translation>
    </message>
    <message>
        <source>You added %1</source>
        <translation>أضفت %1</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <translation>أضافك %1</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>أضاف %1 %2</translation>
    </message>
    <message>
        <source>You removed %1</source>
        <translation>أزلت %1</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <translation>أزالك %1</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>أزال %1 %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::AttachmentStrip</name>
    <message>
        <source>Attachments to send</source>
        <translation>مرفقات للإرسال</translation>
    </message>
    <message>
        <source>Remove this attachment</source>
        <translation>إزالة هذا المرفق</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>جارٍ التجهيز…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
</context>
<context>
    <name>kora::ui::AuditLogView</name>
    <message>
        <source>Every search, conversation opened, export, look at the reports queue and report resolved by support staff, newest first.</source>
        <translation>كل عملية بحث، وكل محادثة فُتحت، وكل تصدير، وكل اطّلاع على قائمة البلاغات، وكل بلاغ عالجه فريق الدعم، من الأحدث إلى الأقدم.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>إدخالات أقدم</translation>
    </message>
    <message>
        <source>Viewed messages</source>
        <translation>اطّلع على الرسائل</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>أجرى بحثًا</translation>
    </message>
    <message>
        <source>Exported a transcript</source>
        <translation>صدّر نص محادثة</translation>
    </message>
    <message>
        <source>Read the reports queue</source>
        <translation>اطّلع على قائمة البلاغات</translation>
    </message>
    <message>
        <source>Resolved a report</source>
        <translation>عالج بلاغًا</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation>تعذّر تحميل سجل التدقيق: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>%n إدخال معروض.</numerusform>
            <numerusform>%n إدخال معروض.</numerusform>
            <numerusform>%n إدخالان معروضان.</numerusform>
            <numerusform>%n إدخالات معروضة.</numerusform>
            <numerusform>%n إدخالًا معروضًا.</numerusform>
            <numerusform>%n إدخال معروض.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::BlockedPeopleDialog</name>
    <message>
        <source>Blocked people</source>
        <translation>الأشخاص المحظورون</translation>
    </message>
    <message>
        <source>People you block cannot write to you, react or see you typing in your conversation with them. They are not told.</source>
        <translation>لا يستطيع الأشخاص الذين تحظرهم مراسلتك أو التفاعل أو رؤيتك وأنت تكتب في محادثتك معهم. ولا يُبلَّغون بذلك.</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;إلغاء الحظر</translation>
    </message>
    <message>
        <source>You have not blocked anyone.</source>
        <translation>لم تحظر أحدًا.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>تم إلغاء حظر %1.</translation>
    </message>
    <message>
        <source>Could not unblock %1: %2</source>
        <translation>تعذّر إلغاء حظر %1: %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::BookingStatus</name>
    <message>
        <source>Requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>متنازع عليه</translation>
    </message>
</context>
<context>
    <name>kora::ui::ChatPane</name>
    <message>
        <source>The file is not available.</source>
        <translation>الملف غير متاح.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>حفظ الملف</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>تعذّر حفظ الملف: %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>مقدم خدمة</translation>
    </message>
    <message>
        <source>Hirer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <source>online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>last seen today at %1</source>
        <translation>آخر ظهور اليوم الساعة %1</translation>
    </message>
    <message>
        <source>last seen yesterday at %1</source>
        <translation>آخر ظهور أمس الساعة %1</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>آخر ظهور %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the conversations</source>
        <translation>العودة إلى المحادثات</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>الصورة الرمزية</translation>
    </message>
    <message>
        <source>Person and job details (Ctrl+Shift+I)</source>
        <translation>تفاصيل الشخص والمهمة (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>More actions for this conversation</source>
        <translation>إجراءات أخرى لهذه المحادثة</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>إجراءات أخرى</translation>
    </message>
    <message>
        <source>you</source>
        <comment>in a group&apos;s member list</comment>
        <translation>أنت</translation>
    </message>
    <message numerus="yes">
        <source>%n people: %1</source>
        <comment>a group&apos;s members</comment>
        <translation>
            <numerusform>%n شخص: %1</numerusform>
            <numerusform>%n شخص: %1</numerusform>
            <numerusform>%n شخصان: %1</numerusform>
            <numerusform>%n أشخاص: %1</numerusform>
            <numerusform>%n شخصًا: %1</numerusform>
            <numerusform>%n شخص: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Job: %1 (#%2)</source>
        <translation>المهمة: %1 (#%2)</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>المهمة: %1</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>المهمة #%1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 يكتب…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 و%2 يكتبان…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>عدة أشخاص يكتبون…</translation>
    </message>
    <message>
        <source>Choose a conversation to start chatting.
Your messages with workers and hirers show up here.</source>
        <translation>اختر محادثة لبدء الدردشة.
تظهر هنا رسائلك مع مقدمي الخدمات والعملاء.</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>جارٍ تحميل الرسائل السابقة…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>الانتقال إلى أحدث رسالة</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n رسالة جديدة</numerusform>
            <numerusform>%n رسالة جديدة</numerusform>
            <numerusform>%n رسالتان جديدتان</numerusform>
            <numerusform>%n رسائل جديدة</numerusform>
            <numerusform>%n رسالة جديدة</numerusform>
            <numerusform>%n رسالة جديدة</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>نسخ النص</translation>
    </message>
    <message>
        <source>Copy link to message</source>
        <translation>نسخ رابط الرسالة</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>إعادة محاولة الإرسال</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>أفلت الملفات هنا لإرفاقها</translation>
    </message>
    <message>
        <source>Images are resized to at most 2048 pixels. Files can be up to 25 MB.</source>
        <translation>يُصغَّر حجم الصور إلى 2048 بكسل كحد أقصى، ويمكن أن يصل حجم الملفات إلى 25 ميغابايت.</translation>
    </message>
</context>
<context>
    <name>kora::ui::Composer</name>
    <message>
        <source>Editing message — Esc to cancel</source>
        <translation>تعديل الرسالة — Esc للإلغاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>إلغاء التعديل</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>إرفاق</translation>
    </message>
    <message>
        <source>Attach files or images (you can also drop or paste them)</source>
        <translation>إرفاق ملفات أو صور (يمكنك أيضًا إفلاتها أو لصقها)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>الردود السريعة</translation>
    </message>
    <message>
        <source>Insert a quick reply (or type / and a word)</source>
        <translation>إدراج رد سريع (أو اكتب / وكلمة)</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>إدراج رمز تعبيري</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>رمز تعبيري</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>رمز برمجي</translation>
    </message>
    <message>
        <source>Format as code (select several lines for a code block). Bold: Ctrl+B, italic: Ctrl+I, strikethrough: Ctrl+Shift+X.</source>
        <translation>تنسيق كرمز برمجي (حدّد عدة أسطر لإنشاء كتلة برمجية). غامق: Ctrl+B، مائل: Ctrl+I، يتوسطه خط: Ctrl+Shift+X.</translation>
    </message>
    <message>
        <source>Format as code</source>
        <translation>تنسيق كرمز برمجي</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>اكتب رسالة…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>إرسال (Enter). يبدأ Shift+Enter سطرًا جديدًا.</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>إرسال الرسالة</translation>
    </message>
    <message>
        <source>Sending as soon as the attachments are ready…</source>
        <translation>سيتم الإرسال فور جاهزية المرفقات…</translation>
    </message>
    <message>
        <source>Too long: %1 / %2 characters. Shorten the message to send it.</source>
        <translation>طويلة جدًا: %1 / %2 حرف. اختصر الرسالة لإرسالها.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Add a caption (optional)…</source>
        <translation>أضف تعليقًا (اختياري)…</translation>
    </message>
    <message>
        <source>Could not edit the message: %1</source>
        <translation>تعذّر تعديل الرسالة: %1</translation>
    </message>
    <message>
        <source>Could not queue the attachments: %1</source>
        <translation>تعذّر وضع المرفقات في قائمة الانتظار: %1</translation>
    </message>
    <message>
        <source>Could not queue the message: %1</source>
        <translation>تعذّر وضع الرسالة في قائمة الانتظار: %1</translation>
    </message>
    <message>
        <source>No quick replies yet</source>
        <translation>لا توجد ردود سريعة بعد</translation>
    </message>
    <message>
        <source>Manage quick replies…</source>
        <translation>إدارة الردود السريعة…</translation>
    </message>
    <message>
        <source>At most %1 files can go in one message.</source>
        <translation>يمكن أن تحتوي الرسالة الواحدة على %1 ملفات كحد أقصى.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <comment>file name of a pasted image, then date and time</comment>
        <translation>صورة %1</translation>
    </message>
    <message>
        <source>All files (*);;Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>كل الملفات (*);;الصور (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save edited message</source>
        <translation>حفظ الرسالة المعدّلة</translation>
    </message>
</context>
<context>
    <name>kora::ui::ComposerEdit</name>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation>يتوسطه خط</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>رمز برمجي</translation>
    </message>
</context>
<context>
    <name>kora::ui::ComposerSpelling</name>
    <message>
        <source>Spell check is off: no dictionary is installed.</source>
        <translation>التدقيق الإملائي متوقف: لا يوجد قاموس مثبّت.</translation>
    </message>
    <message>
        <source>Spell check is off: no dictionary for %1 is installed.</source>
        <translation>التدقيق الإملائي متوقف: لا يوجد قاموس مثبّت للغة %1.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>no dictionary</source>
        <translation>لا يوجد قاموس</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>لا توجد اقتراحات</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>إضافة إلى القاموس</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Spell check language</source>
        <translation>لغة التدقيق الإملائي</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <extracomment>The spell-check language set in Preferences, e.g. &quot;Default (Français (France))&quot;.</extracomment>
        <translation>الافتراضي (%1)</translation>
    </message>
</context>
<context>
    <name>kora::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>حالة الاتصال</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n message(s) waiting</source>
        <translation>
            <numerusform>غير متصل — %n رسالة في الانتظار</numerusform>
            <numerusform>غير متصل — %n رسالة في الانتظار</numerusform>
            <numerusform>غير متصل — %n رسالتان في الانتظار</numerusform>
            <numerusform>غير متصل — %n رسائل في الانتظار</numerusform>
            <numerusform>غير متصل — %n رسالة في الانتظار</numerusform>
            <numerusform>غير متصل — %n رسالة في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — trying to reconnect</source>
        <translation>غير متصل — جارٍ محاولة إعادة الاتصال</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>إعادة المحاولة الآن</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>جارٍ إرسال %n رسالة…</numerusform>
            <numerusform>جارٍ إرسال %n رسالة…</numerusform>
            <numerusform>جارٍ إرسال %n رسالتين…</numerusform>
            <numerusform>جارٍ إرسال %n رسائل…</numerusform>
            <numerusform>جارٍ إرسال %n رسالة…</numerusform>
            <numerusform>جارٍ إرسال %n رسالة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>أُعيد الاتصال</translation>
    </message>
    <message>
        <source>Signed out — sign in again</source>
        <translation>تم تسجيل الخروج — سجّل الدخول مرة أخرى</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>تسجيل الدخول…</translation>
    </message>
</context>
<context>
    <name>kora::ui::ContactNotice</name>
    <message>
        <source>Keep payments and contact on Kora until the booking is confirmed. This message has contact details in it.</source>
        <translation>أبقِ المدفوعات والتواصل على Kora حتى يتم تأكيد الحجز. تحتوي هذه الرسالة على بيانات اتصال.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>تعديل الرسالة</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>إرسال على أي حال</translation>
    </message>
    <message>
        <source>Send the message with its contact details</source>
        <translation>إرسال الرسالة مع بيانات الاتصال</translation>
    </message>
</context>
<context>
    <name>kora::ui::ConversationDelegate</name>
    <message>
        <source>Worker</source>
        <translation>مقدم خدمة</translation>
    </message>
    <message>
        <source>Hirer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message numerus="yes">
        <source>Group · %n people</source>
        <comment>a group&apos;s members, in the list</comment>
        <translation>
            <numerusform>مجموعة · %n شخص</numerusform>
            <numerusform>مجموعة · %n شخص</numerusform>
            <numerusform>مجموعة · %n شخصان</numerusform>
            <numerusform>مجموعة · %n أشخاص</numerusform>
            <numerusform>مجموعة · %n شخصًا</numerusform>
            <numerusform>مجموعة · %n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: </source>
        <translation>مسودة: </translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>مكتومة</translation>
    </message>
    <message>
        <source>job: %1</source>
        <translation>المهمة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n غير مقروءة</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
            <numerusform>%n غير مقروءتين</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::ConversationPane</name>
    <message>
        <source>New conversation…</source>
        <translation>محادثة جديدة…</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>مجموعة جديدة…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <source>Filter conversations by name or job (Ctrl+F)</source>
        <translation>تصفية المحادثات حسب الاسم أو المهمة (Ctrl+F)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>الدردشات</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>المؤرشفة</translation>
    </message>
    <message>
        <source>Conversation views</source>
        <translation>طرق عرض المحادثات</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>لا توجد محادثات تطابق «%1».</translation>
    </message>
    <message>
        <source>No archived conversations.</source>
        <translation>لا توجد محادثات مؤرشفة.</translation>
    </message>
    <message>
        <source>No conversations yet.
Start one with “+”.</source>
        <translation>لا توجد محادثات بعد.
ابدأ محادثة باستخدام «+».</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>إجراءات المحادثة</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>إلغاء الأرشفة</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>تعليم كمقروءة</translation>
    </message>
    <message>
        <source>Unmute notifications</source>
        <translation>إلغاء كتم الإشعارات</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>كتم الإشعارات</translation>
    </message>
    <message>
        <source>Notify during quiet hours</source>
        <translation>الإشعار خلال ساعات الهدوء</translation>
    </message>
    <message>
        <source>Could not archive the conversation</source>
        <translation>تعذّرت أرشفة المحادثة</translation>
    </message>
    <message>
        <source>Could not unarchive the conversation</source>
        <translation>تعذّر إلغاء أرشفة المحادثة</translation>
    </message>
    <message>
        <source>Could not mark the conversation as read</source>
        <translation>تعذّر تعليم المحادثة كمقروءة</translation>
    </message>
</context>
<context>
    <name>kora::ui::DeleteActions</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Keep the message (Ctrl+Z)</source>
        <translation>الإبقاء على الرسالة (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Delete for everyone…</source>
        <translation>حذف لدى الجميع…</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>حذف الرسالة</translation>
    </message>
    <message>
        <source>Delete for everyone?</source>
        <translation>حذف لدى الجميع؟</translation>
    </message>
    <message>
        <source>The message is removed for everyone in this conversation. You can undo this for a few seconds.</source>
        <translation>ستُزال الرسالة لدى كل من في هذه المحادثة. يمكنك التراجع عن ذلك خلال بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Could not delete the message: %1</source>
        <translation>تعذّر حذف الرسالة: %1</translation>
    </message>
    <message>
        <source>Message deleted.</source>
        <translation>حُذفت الرسالة.</translation>
    </message>
    <message>
        <source>Too late to undo: the message is already deleted.</source>
        <translation>فات أوان التراجع: الرسالة محذوفة بالفعل.</translation>
    </message>
</context>
<context>
    <name>kora::ui::EmojiPicker</name>
    <message>
        <source>Frequently used</source>
        <translation>الأكثر استخدامًا</translation>
    </message>
    <message>
        <source>Smileys and emotion</source>
        <translation>الوجوه الضاحكة والمشاعر</translation>
    </message>
    <message>
        <source>People and body</source>
        <translation>الأشخاص والجسم</translation>
    </message>
    <message>
        <source>Animals and nature</source>
        <translation>الحيوانات والطبيعة</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>الطعام والشراب</translation>
    </message>
    <message>
        <source>Travel and places</source>
        <translation>السفر والأماكن</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>الأشياء</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>الأعلام</translation>
    </message>
    <message>
        <source>Pick an emoji</source>
        <translation>اختيار رمز تعبيري</translation>
    </message>
    <message>
        <source>Search emoji</source>
        <translation>البحث عن رمز تعبيري</translation>
    </message>
    <message>
        <source>Emoji categories</source>
        <translation>فئات الرموز التعبيرية</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>الرموز التعبيرية</translation>
    </message>
</context>
<context>
    <name>kora::ui::GroupActions</name>
    <message>
        <source>You are no longer in this group. What was written before stays here to read.</source>
        <translation>لم تعد عضوًا في هذه المجموعة. يبقى ما كُتب سابقًا هنا للقراءة.</translation>
    </message>
    <message>
        <source>Rename group…</source>
        <translation>إعادة تسمية المجموعة…</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>إضافة أشخاص…</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>إزالة من المجموعة</translation>
    </message>
    <message>
        <source>Leave group…</source>
        <translation>مغادرة المجموعة…</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>إعادة تسمية المجموعة</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>اسم المجموعة:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Could not rename the group: %1</source>
        <translation>تعذّرت إعادة تسمية المجموعة: %1</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>تعذّرت إزالة %1: %2</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>مغادرة المجموعة</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>مغادرة «%1»؟</translation>
    </message>
    <message>
        <source>You will no longer get its messages or be able to write in it. What was written stays here to read; someone in the group can add you again.</source>
        <translation>لن تصلك رسائلها ولن تتمكن من الكتابة فيها. يبقى ما كُتب هنا للقراءة، ويمكن لأحد أعضاء المجموعة إضافتك مجددًا.</translation>
    </message>
    <message>
        <source>Could not leave the group: %1</source>
        <translation>تعذّرت مغادرة المجموعة: %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>اسم المجموعة</translation>
    </message>
    <message>
        <source>e.g. Asante house renovation</source>
        <translation>مثال: تجديد منزل أسانتي</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>إضافة أشخاص</translation>
    </message>
    <message>
        <source>Search people by name or email</source>
        <translation>ابحث عن أشخاص بالاسم أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>البحث عن أشخاص</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>&amp;إنشاء المجموعة</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;اسم المجموعة:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;أشخاص:</translation>
    </message>
    <message>
        <source>There is nobody else to add.</source>
        <translation>لا يوجد أحد آخر لإضافته.</translation>
    </message>
    <message>
        <source>Tick the people to add.</source>
        <translation>حدّد الأشخاص المراد إضافتهم.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen: %1</source>
        <comment>people ticked for a group</comment>
        <translation>
            <numerusform>تم اختيار %n: %1</numerusform>
            <numerusform>تم اختيار %n: %1</numerusform>
            <numerusform>تم اختيار %n: %1</numerusform>
            <numerusform>تم اختيار %n: %1</numerusform>
            <numerusform>تم اختيار %n: %1</numerusform>
            <numerusform>تم اختيار %n: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The group could not be saved: %1</source>
        <translation>تعذّر حفظ المجموعة: %1</translation>
    </message>
    <message>
        <source>Creating the group…</source>
        <translation>جارٍ إنشاء المجموعة…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>جارٍ الإضافة…</translation>
    </message>
</context>
<context>
    <name>kora::ui::ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>عارض الصور</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>تصغير (−)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>zoom level</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>تكبير (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Fit to the window (0)</source>
        <translation>ملاءمة للنافذة (0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size (1)</source>
        <translation>الحجم الفعلي (1)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Save the image (Ctrl+S)</source>
        <translation>حفظ الصورة (Ctrl+S)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the image (Ctrl+C)</source>
        <translation>نسخ الصورة (Ctrl+C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Previous image</source>
        <translation>الصورة السابقة</translation>
    </message>
    <message>
        <source>Previous image (Left arrow)</source>
        <translation>الصورة السابقة (السهم الأيسر)</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>الصورة التالية</translation>
    </message>
    <message>
        <source>Next image (Right arrow)</source>
        <translation>الصورة التالية (السهم الأيمن)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 الساعة %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>date · file name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>image position</comment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>The image could not be loaded.</source>
        <translation>تعذّر تحميل الصورة.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Previous image (Right arrow)</source>
        <translation>الصورة السابقة (السهم الأيمن)</translation>
    </message>
    <message>
        <source>Next image (Left arrow)</source>
        <translation>الصورة التالية (السهم الأيسر)</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>حفظ الصورة</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يتم الحفظ: %1</translation>
    </message>
    <message>
        <source>The conversation is closed.</source>
        <translation>المحادثة مغلقة.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
</context>
<context>
    <name>kora::ui::JobPanel</name>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>المهمة #%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Current job</source>
        <translation>المهمة الحالية</translation>
    </message>
    <message>
        <source>Jobs together</source>
        <translation>المهام المشتركة</translation>
    </message>
    <message>
        <source>No bookings yet.</source>
        <translation>لا توجد حجوزات بعد.</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>التحديثات</translation>
    </message>
    <message>
        <source>Job and booking updates</source>
        <translation>تحديثات المهام والحجوزات</translation>
    </message>
    <message>
        <source>Job and booking news from the marketplace shows up here.</source>
        <translation>تظهر هنا أخبار المهام والحجوزات من المنصة.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n شخص</numerusform>
            <numerusform>%n شخص</numerusform>
            <numerusform>%n شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>You talk here since %1.</source>
        <translation>تتواصلان هنا منذ %1.</translation>
    </message>
    <message>
        <source>No job is linked to this conversation.</source>
        <translation>لا توجد مهمة مرتبطة بهذه المحادثة.</translation>
    </message>
</context>
<context>
    <name>kora::ui::LinkConfirmDialog</name>
    <message>
        <source>worker</source>
        <translation>مقدم خدمة</translation>
    </message>
    <message>
        <source>hirer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <source>Open a conversation from a link</source>
        <translation>فتح محادثة من رابط</translation>
    </message>
    <message>
        <source>A web page or another program asks Kora to open a conversation. Nothing happens unless you choose to open it.</source>
        <translation>تطلب صفحة ويب أو برنامج آخر من Kora فتح محادثة. لن يحدث شيء ما لم تختر فتحها.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No job is named.</source>
        <translation>لم تُحدَّد أي مهمة.</translation>
    </message>
    <message>
        <source>About job %1</source>
        <translation>بخصوص المهمة %1</translation>
    </message>
    <message>
        <source>About the job “%1” (%2)</source>
        <translation>بخصوص المهمة «%1» (%2)</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>فتح المحادثة</translation>
    </message>
</context>
<context>
    <name>kora::ui::LoginDialog</name>
    <message>
        <source>Sign in to Kora</source>
        <translation>تسجيل الدخول إلى Kora</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>خطأ في تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;الخادم:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>البريد الإلكتروني أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your connection.</source>
        <translation>تعذّر الوصول إلى الخادم %1. تحقّق من العنوان ومن اتصالك.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again.</source>
        <translation>لم يستجب الخادم %1 في الوقت المحدد. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted: %1</source>
        <translation>لا يمكن الوثوق بشهادة الخادم: %1</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute and try again.</source>
        <translation>محاولات تسجيل دخول كثيرة جدًا. انتظر دقيقة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Enter a valid email address and password.</source>
        <translation>أدخل عنوان بريد إلكتروني وكلمة مرور صالحين.</translation>
    </message>
    <message>
        <source>The server at %1 does not look like a Kora server.</source>
        <translation>لا يبدو أن الخادم %1 خادمُ Kora.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>فشل تسجيل الدخول: %1</translation>
    </message>
    <message>
        <source>Enter a server address such as https://chat.example.com.</source>
        <translation>أدخل عنوان خادم، مثل https://chat.example.com.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>أدخل بريدك الإلكتروني وكلمة المرور.</translation>
    </message>
</context>
<context>
    <name>kora::ui::MainWindow</name>
    <message>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>إخفاء هذا التنبيه</translation>
    </message>
    <message>
        <source>&amp;Kora</source>
        <translation>&amp;Kora</translation>
    </message>
    <message>
        <source>Quick &amp;replies…</source>
        <translation>&amp;الردود السريعة…</translation>
    </message>
    <message>
        <source>&amp;Blocked people…</source>
        <translation>الأشخاص &amp;المحظورون…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;تسجيل الخروج</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere…</source>
        <translation>تسجيل الخروج من &amp;كل الأجهزة…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>الحساب: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;المحادثة</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;محادثة جديدة…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>&amp;مجموعة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Quick switcher…</source>
        <translation>&amp;التبديل السريع…</translation>
    </message>
    <message>
        <source>&amp;Search messages…</source>
        <translation>&amp;البحث في الرسائل…</translation>
    </message>
    <message>
        <source>Search in this con&amp;versation…</source>
        <translation>البحث في هذه &amp;المحادثة…</translation>
    </message>
    <message>
        <source>&amp;Find conversation</source>
        <translation>&amp;البحث عن محادثة</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>المحادثة &amp;السابقة</translation>
    </message>
    <message>
        <source>Ne&amp;xt conversation</source>
        <translation>المحادثة &amp;التالية</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>&amp;كتم الإشعارات</translation>
    </message>
    <message>
        <source>Sign out everywhere?</source>
        <translation>تسجيل الخروج من كل الأجهزة؟</translation>
    </message>
    <message>
        <source>Every device signed in to this account, this one included, is signed out at once and must sign in again. Use it if a device was lost or someone else may know your password.</source>
        <translation>سيُسجَّل خروج كل الأجهزة المسجّل دخولها إلى هذا الحساب، بما فيها هذا الجهاز، دفعة واحدة، وسيتعيّن تسجيل الدخول عليها مرة أخرى. استخدم هذا الخيار إذا فُقد جهاز أو إذا كان شخص آخر قد يعرف كلمة مرورك.</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>تسجيل الخروج من كل الأجهزة</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>مسجّل الدخول باسم %1</translation>
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
        <translation>تعذّرت قراءة الصورة.</translation>
    </message>
    <message>
        <source>The image is too large to show.</source>
        <translation>الصورة أكبر من أن تُعرض.</translation>
    </message>
</context>
<context>
    <name>kora::ui::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation>الأشخاص الممكن الإشارة إليهم</translation>
    </message>
</context>
<context>
    <name>kora::ui::MessageDelegate</name>
    <message>
        <source>Image not available</source>
        <translation>الصورة غير متاحة</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>file size · file type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>لم تُرسل: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>لم تُرسل</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>وصلت</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>قُرئت</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 الساعة %2</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (معدّلة)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>date · delivery state</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورتان</numerusform>
            <numerusform>%n صور</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ملف</numerusform>
            <numerusform>%n ملف</numerusform>
            <numerusform>%n ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>attachments, caption</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>time: system message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sender: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>حُذفت الرسالة</translation>
    </message>
    <message>
        <source>Contact details hidden by Kora. They can be shared once the booking is confirmed.</source>
        <translation>أخفى Kora بيانات الاتصال. يمكن مشاركتها بعد تأكيد الحجز.</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>الرسالة الأصلية</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>صورة %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>ملف %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>إلغاء الرفع</translation>
    </message>
    <message>
        <source>Reaction %1, yours</source>
        <translation>تفاعل %1، تفاعلك</translation>
    </message>
    <message>
        <source>Reaction %1</source>
        <translation>تفاعل %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>رسائل غير مقروءة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date separator, this year</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>معدّلة</translation>
    </message>
    <message>
        <source>edited %1</source>
        <comment>edited mark, then the time</comment>
        <translation>عُدّلت %1</translation>
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
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Nobody found for “%1”.</source>
        <translation>لم يُعثر على أحد يطابق «%1».</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>Search people by name or email</source>
        <translation>ابحث عن أشخاص بالاسم أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>البحث عن أشخاص</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Job title (optional)</source>
        <translation>عنوان المهمة (اختياري)</translation>
    </message>
    <message>
        <source>Optional, e.g. Kitchen tiling</source>
        <translation>اختياري، مثل: تبليط المطبخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>About a &amp;job:</source>
        <translation>بخصوص &amp;مهمة:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;الشخص:</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>لم يستجب الخادم في الوقت المحدد. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>فشل الاتصال الآمن بالخادم: %1</translation>
    </message>
    <message>
        <source>A network error occurred: %1</source>
        <translation>حدث خطأ في الشبكة: %1</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>انتهت صلاحية جلستك. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>غير مسموح لك بالقيام بذلك.</translation>
    </message>
    <message>
        <source>That person or conversation no longer exists.</source>
        <translation>هذا الشخص أو هذه المحادثة لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>طلبات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>حدث خطأ ما (%1).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>%1 — in your conversations</source>
        <translation>%1 — في محادثاتك</translation>
    </message>
    <message>
        <source>%1, in your conversations</source>
        <translation>%1، في محادثاتك</translation>
    </message>
    <message>
        <source>There is nobody to write to yet.</source>
        <translation>لا يوجد أحد لمراسلته بعد.</translation>
    </message>
    <message>
        <source>Opening the conversation…</source>
        <translation>جارٍ فتح المحادثة…</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>تعذّر حفظ المحادثة: %1</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;فتح المحادثة</translation>
    </message>
    <message>
        <source>&amp;Start conversation</source>
        <translation>&amp;بدء المحادثة</translation>
    </message>
</context>
<context>
    <name>kora::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>Spell check</source>
        <translation>التدقيق الإملائي</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Applied at once, to every Kora window.</source>
        <translation>يُطبَّق فورًا على كل نوافذ Kora.</translation>
    </message>
    <message>
        <source>Kora reopens its window in the language you pick; what you were writing is kept.</source>
        <translation>يعيد Kora فتح نافذته باللغة التي تختارها، ويُحتفظ بما كنت تكتبه.</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>الرسائل الجديدة</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>تشغيل صوت</translation>
    </message>
    <message>
        <source>Show the message text in notifications</source>
        <translation>إظهار نص الرسالة في الإشعارات</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>عدم الإزعاج</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>لمدة ساعة واحدة</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>حتى الغد</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Quiet every day from</source>
        <translation>الهدوء يوميًا من</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>الهدوء من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>الهدوء حتى</translation>
    </message>
    <message>
        <source>Let @mentions and direct messages from important people through</source>
        <translation>السماح بالإشارات (@) والرسائل المباشرة من الأشخاص المهمين</translation>
    </message>
    <message>
        <source>Mark someone as important from their conversation&apos;s menu in the list. Unread counts still show while it is quiet.</source>
        <translation>حدّد شخصًا كمهم من قائمة خيارات محادثته في القائمة. تظل أعداد الرسائل غير المقروءة ظاهرة أثناء الهدوء.</translation>
    </message>
    <message>
        <source>Spell-check language</source>
        <translation>لغة التدقيق الإملائي</translation>
    </message>
    <message>
        <source>Follow the language of Kora</source>
        <translation>اتباع لغة Kora</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>No spell-check dictionary is installed (on Debian: the hunspell-* packages).</source>
        <translation>لا يوجد قاموس تدقيق إملائي مثبّت (على Debian: الحزم hunspell-*).</translation>
    </message>
    <message>
        <source>A conversation can use another language: right-click in the message box.</source>
        <translation>يمكن أن تستخدم المحادثة لغة أخرى: انقر بزر الفأرة الأيمن في مربع الرسالة.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Sign out everywhere…</source>
        <translation>تسجيل الخروج من كل الأجهزة…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>الخادم: %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>مقدم خدمة</translation>
    </message>
    <message>
        <source>Hirer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickReactionBar</name>
    <message>
        <source>Message actions</source>
        <translation>إجراءات الرسالة</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>التفاعل بـ %1</translation>
    </message>
    <message>
        <source>More reactions…</source>
        <translation>المزيد من التفاعلات…</translation>
    </message>
    <message>
        <source>Reply (Ctrl+R)</source>
        <translation>رد (Ctrl+R)</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>إجراءات أخرى</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickRepliesDialog</name>
    <message>
        <source>{name}, {first_name} and {job} are filled in from the conversation you insert the reply into.</source>
        <translation>تُملأ {name} و{first_name} و{job} من المحادثة التي تُدرج فيها الرد.</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>الردود السريعة</translation>
    </message>
    <message>
        <source>Answers you give often, one click or a / away in the message field.</source>
        <translation>الإجابات التي تكررها كثيرًا، على بُعد نقرة واحدة أو / في حقل الرسالة.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;إضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>تحريك &amp;لأعلى</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>تحريك لأ&amp;سفل</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>تم الحذف.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quick reply(ies) exported.</source>
        <translation>
            <numerusform>تم تصدير %n رد سريع.</numerusform>
            <numerusform>تم تصدير %n رد سريع.</numerusform>
            <numerusform>تم تصدير %n ردين سريعين.</numerusform>
            <numerusform>تم تصدير %n ردود سريعة.</numerusform>
            <numerusform>تم تصدير %n ردًا سريعًا.</numerusform>
            <numerusform>تم تصدير %n رد سريع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Nothing new to import: every reply in the file is already here.</source>
        <translation>لا جديد للاستيراد: كل الردود في الملف موجودة هنا بالفعل.</translation>
    </message>
    <message numerus="yes">
        <source>%n quick reply(ies) imported.</source>
        <translation>
            <numerusform>تم استيراد %n رد سريع.</numerusform>
            <numerusform>تم استيراد %n رد سريع.</numerusform>
            <numerusform>تم استيراد %n ردين سريعين.</numerusform>
            <numerusform>تم استيراد %n ردود سريعة.</numerusform>
            <numerusform>تم استيراد %n ردًا سريعًا.</numerusform>
            <numerusform>تم استيراد %n رد سريع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import quick replies</source>
        <translation>استيراد الردود السريعة</translation>
    </message>
    <message>
        <source>Quick replies (*.json)</source>
        <translation>الردود السريعة (*.json)</translation>
    </message>
    <message>
        <source>Export quick replies</source>
        <translation>تصدير الردود السريعة</translation>
    </message>
    <message>
        <source>kora-quick-replies</source>
        <translation>kora-quick-replies</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickReplyEditor</name>
    <message>
        <source>New quick reply</source>
        <translation>رد سريع جديد</translation>
    </message>
    <message>
        <source>Edit quick reply</source>
        <translation>تعديل الرد السريع</translation>
    </message>
    <message>
        <source>e.g. Availability</source>
        <translation>مثال: التوفر</translation>
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation>&amp;العنوان (اختياري):</translation>
    </message>
    <message>
        <source>Hi {first_name}, thanks for your message about {job}…</source>
        <translation>مرحبًا {first_name}، شكرًا على رسالتك بخصوص {job}…</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;النص:</translation>
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
        <translation>الردود السريعة</translation>
    </message>
    <message>
        <source>Manage quick replies…</source>
        <translation>إدارة الردود السريعة…</translation>
    </message>
    <message>
        <source>No quick replies yet. Save the answers you give often and insert them with / and a word from them.</source>
        <translation>لا توجد ردود سريعة بعد. احفظ الإجابات التي تكررها كثيرًا وأدرجها بكتابة / متبوعة بكلمة منها.</translation>
    </message>
    <message>
        <source>No quick reply matches “%1”.</source>
        <translation>لا يوجد رد سريع يطابق «%1».</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickSwitcher</name>
    <message>
        <source>Quick switcher</source>
        <translation>التبديل السريع</translation>
    </message>
    <message>
        <source>Jump to a conversation…</source>
        <translation>الانتقال إلى محادثة…</translation>
    </message>
    <message>
        <source>Conversation name</source>
        <translation>اسم المحادثة</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>المحادثات المطابقة</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuietHoursMenu</name>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;عدم الإزعاج</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>&amp;لمدة ساعة واحدة</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>حتى &amp;الغد</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;إيقاف</translation>
    </message>
    <message>
        <source>&amp;Quiet hours…</source>
        <translation>&amp;ساعات الهدوء…</translation>
    </message>
    <message>
        <source>Notifications on</source>
        <translation>الإشعارات مفعّلة</translation>
    </message>
    <message>
        <source>Quiet until %1</source>
        <translation>الهدوء حتى %1</translation>
    </message>
    <message>
        <source>Quiet until tomorrow, %1</source>
        <translation>الهدوء حتى الغد، %1</translation>
    </message>
    <message>
        <source>Quiet until %1, %2</source>
        <translation>الهدوء حتى %1، %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReactionActions</name>
    <message>
        <source>Could not react: %1</source>
        <translation>تعذّر التفاعل: %1</translation>
    </message>
    <message>
        <source>React</source>
        <translation>تفاعل</translation>
    </message>
    <message>
        <source>More reactions…</source>
        <translation>المزيد من التفاعلات…</translation>
    </message>
    <message>
        <source>the message was deleted or takes no more reactions</source>
        <translation>حُذفت الرسالة أو لم تعد تقبل تفاعلات</translation>
    </message>
    <message>
        <source>you cannot react in this conversation</source>
        <translation>لا يمكنك التفاعل في هذه المحادثة</translation>
    </message>
    <message>
        <source>the message is gone</source>
        <translation>الرسالة لم تعد موجودة</translation>
    </message>
    <message>
        <source>Your reaction %1 was not added: %2</source>
        <translation>لم يُضف تفاعلك %1: %2</translation>
    </message>
    <message>
        <source>Your reaction %1 was not removed: %2</source>
        <translation>لم يُزل تفاعلك %1: %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReactionStrip</name>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message numerus="yes">
        <source>%n people reacted with %1</source>
        <translation>
            <numerusform>تفاعل %n شخص بـ %1</numerusform>
            <numerusform>تفاعل %n شخص بـ %1</numerusform>
            <numerusform>تفاعل %n شخصان بـ %1</numerusform>
            <numerusform>تفاعل %n أشخاص بـ %1</numerusform>
            <numerusform>تفاعل %n شخصًا بـ %1</numerusform>
            <numerusform>تفاعل %n شخص بـ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more reacted with %2</source>
        <translation>
            <numerusform>تفاعل %1 و%n آخرون بـ %2</numerusform>
            <numerusform>تفاعل %1 و%n آخر بـ %2</numerusform>
            <numerusform>تفاعل %1 و%n آخران بـ %2</numerusform>
            <numerusform>تفاعل %1 و%n آخرون بـ %2</numerusform>
            <numerusform>تفاعل %1 و%n آخرون بـ %2</numerusform>
            <numerusform>تفاعل %1 و%n آخرون بـ %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reacted with %2</source>
        <translation>تفاعل %1 بـ %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReplyActions</name>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReplyBar</name>
    <message>
        <source>Cancel the reply (Esc)</source>
        <translation>إلغاء الرد (Esc)</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>إلغاء الرد</translation>
    </message>
    <message>
        <source>Replying to %1:</source>
        <translation>الرد على %1:</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReplyQuote</name>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>الرسالة الأصلية</translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation>رسالة محذوفة</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReportDialog</name>
    <message>
        <source>Spam or advertising</source>
        <translation>رسائل مزعجة أو إعلانات</translation>
    </message>
    <message>
        <source>A scam or fraud</source>
        <translation>احتيال أو نصب</translation>
    </message>
    <message>
        <source>Asks to pay or talk outside Kora</source>
        <translation>يطلب الدفع أو التواصل خارج Kora</translation>
    </message>
    <message>
        <source>Harassment or threats</source>
        <translation>تحرش أو تهديدات</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <source>Report to Kora support</source>
        <translation>الإبلاغ إلى دعم Kora</translation>
    </message>
    <message>
        <source>What is wrong with this message?</source>
        <translation>ما المشكلة في هذه الرسالة؟</translation>
    </message>
    <message>
        <source>What is wrong with this conversation?</source>
        <translation>ما المشكلة في هذه المحادثة؟</translation>
    </message>
    <message>
        <source>Tell support what happened (optional)</source>
        <translation>أخبر فريق الدعم بما حدث (اختياري)</translation>
    </message>
    <message>
        <source>Note for support</source>
        <translation>ملاحظة لفريق الدعم</translation>
    </message>
    <message>
        <source>Also block %1</source>
        <translation>حظر %1 أيضًا</translation>
    </message>
    <message>
        <source>Support reads this conversation to look into it. No one is told who reported it.</source>
        <translation>يقرأ فريق الدعم هذه المحادثة للتحقق من الأمر. لن يُخبَر أحد بهوية المُبلِّغ.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>إرسال البلاغ</translation>
    </message>
</context>
<context>
    <name>kora::ui::ResolveReportDialog</name>
    <message>
        <source>Resolve report</source>
        <translation>معالجة البلاغ</translation>
    </message>
    <message>
        <source>What was done about it? The resolution is kept with the report and in the audit log.</source>
        <translation>ما الإجراء الذي اتُّخذ؟ يُحفظ قرار المعالجة مع البلاغ وفي سجل التدقيق.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <source>For example: warned the provider, refunded the hirer</source>
        <translation>مثال: تم تحذير مقدم الخدمة، وأُعيد المبلغ إلى العميل</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>معالجة</translation>
    </message>
</context>
<context>
    <name>kora::ui::SafetyBanner</name>
    <message>
        <source>For your safety, keep payments and contact details on Kora until the booking is confirmed. If something goes wrong, support can only help with what happened here.</source>
        <translation>حفاظًا على سلامتك، أبقِ المدفوعات وبيانات الاتصال على Kora حتى يتم تأكيد الحجز. إذا حدثت مشكلة، فلا يستطيع فريق الدعم المساعدة إلا فيما جرى هنا.</translation>
    </message>
    <message>
        <source>Got it, don&apos;t show this again here</source>
        <translation>فهمت، لا تعرض هذا مجددًا هنا</translation>
    </message>
    <message>
        <source>Close the safety notice</source>
        <translation>إغلاق تنبيه السلامة</translation>
    </message>
</context>
<context>
    <name>kora::ui::SearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>البحث في الرسائل</translation>
    </message>
    <message>
        <source>Search in %1</source>
        <translation>البحث في %1</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>البحث في هذه المحادثة</translation>
    </message>
    <message>
        <source>Search every conversation</source>
        <translation>البحث في كل المحادثات</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>&amp;أقدم</translation>
    </message>
    <message>
        <source>The older match (Down)</source>
        <translation>النتيجة الأقدم (السهم لأسفل)</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>أ&amp;حدث</translation>
    </message>
    <message>
        <source>The newer match (Up)</source>
        <translation>النتيجة الأحدث (السهم لأعلى)</translation>
    </message>
    <message>
        <source>Type a word, or the start of one.</source>
        <translation>اكتب كلمة أو بدايتها.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message numerus="yes">
        <source>%n found here; searching older history…</source>
        <translation>
            <numerusform>عُثر هنا على %n نتيجة؛ جارٍ البحث في السجل الأقدم…</numerusform>
            <numerusform>عُثر هنا على %n نتيجة؛ جارٍ البحث في السجل الأقدم…</numerusform>
            <numerusform>عُثر هنا على %n نتيجتين؛ جارٍ البحث في السجل الأقدم…</numerusform>
            <numerusform>عُثر هنا على %n نتائج؛ جارٍ البحث في السجل الأقدم…</numerusform>
            <numerusform>عُثر هنا على %n نتيجة؛ جارٍ البحث في السجل الأقدم…</numerusform>
            <numerusform>عُثر هنا على %n نتيجة؛ جارٍ البحث في السجل الأقدم…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found on this device. Offline: older history cannot be searched now.</source>
        <translation>لم يُعثر على شيء على هذا الجهاز. غير متصل: لا يمكن البحث في السجل الأقدم الآن.</translation>
    </message>
    <message numerus="yes">
        <source>%n found on this device. Offline: older history cannot be searched now.</source>
        <translation>
            <numerusform>عُثر على %n نتيجة على هذا الجهاز. غير متصل: لا يمكن البحث في السجل الأقدم الآن.</numerusform>
            <numerusform>عُثر على %n نتيجة على هذا الجهاز. غير متصل: لا يمكن البحث في السجل الأقدم الآن.</numerusform>
            <numerusform>عُثر على %n نتيجتين على هذا الجهاز. غير متصل: لا يمكن البحث في السجل الأقدم الآن.</numerusform>
            <numerusform>عُثر على %n نتائج على هذا الجهاز. غير متصل: لا يمكن البحث في السجل الأقدم الآن.</numerusform>
            <numerusform>عُثر على %n نتيجة على هذا الجهاز. غير متصل: لا يمكن البحث في السجل الأقدم الآن.</numerusform>
            <numerusform>عُثر على %n نتيجة على هذا الجهاز. غير متصل: لا يمكن البحث في السجل الأقدم الآن.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the match shown, of all found</comment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>لم يُعثر على أي نتيجة لـ «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>عُثر على %n نتيجة.</numerusform>
            <numerusform>عُثر على %n نتيجة.</numerusform>
            <numerusform>عُثر على %n نتيجتين.</numerusform>
            <numerusform>عُثر على %n نتائج.</numerusform>
            <numerusform>عُثر على %n نتيجة.</numerusform>
            <numerusform>عُثر على %n نتيجة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportConversationView</name>
    <message>
        <source>Export transcript…</source>
        <translation>تصدير نص المحادثة…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>The reported message is no longer in this conversation.</source>
        <translation>لم تعد الرسالة المُبلَّغ عنها موجودة في هذه المحادثة.</translation>
    </message>
    <message>
        <source>Search on the left and pick a conversation to read it. Opening one is logged.</source>
        <translation>ابحث في لوحة البحث واختر محادثة لقراءتها. يُسجَّل فتح أي محادثة.</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>المهمة: %1</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>المهمة: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>جارٍ تحميل المحادثة…</translation>
    </message>
    <message>
        <source>Could not open the conversation: %1</source>
        <translation>تعذّر فتح المحادثة: %1</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>جارٍ تحميل الرسائل الأقدم…</translation>
    </message>
    <message>
        <source>Could not load older messages: %1</source>
        <translation>تعذّر تحميل الرسائل الأقدم: %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportReportsModel</name>
    <message>
        <source>Spam</source>
        <translation>رسائل مزعجة</translation>
    </message>
    <message>
        <source>Scam</source>
        <translation>احتيال</translation>
    </message>
    <message>
        <source>Payment outside the platform</source>
        <translation>الدفع خارج المنصة</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>تحرش</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>أحد المشاركين</translation>
    </message>
    <message>
        <source>%1 (the conversation)</source>
        <translation>%1 (المحادثة)</translation>
    </message>
    <message>
        <source>%1 (one message)</source>
        <translation>%1 (رسالة واحدة)</translation>
    </message>
    <message>
        <source>Not known yet: open the report to see who it is (user %1)</source>
        <translation>غير معروف بعد: افتح البلاغ لمعرفة هويته (المستخدم %1)</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>لا توجد ملاحظة</translation>
    </message>
    <message>
        <source>%1 (resolved %2)</source>
        <translation>%1 (عولج %2)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>المُبلِّغ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>المعالجة</translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportReportsView</name>
    <message>
        <source>Conversations and messages that participants reported, newest first. Opening one is logged.</source>
        <translation>المحادثات والرسائل التي أبلغ عنها المشاركون، من الأحدث إلى الأقدم. يُسجَّل فتح أي بلاغ.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>المفتوحة</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>المعالَجة</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>تحميل المزيد</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>فتح المحادثة</translation>
    </message>
    <message>
        <source>Shows the conversation at the reported message (Enter)</source>
        <translation>يعرض المحادثة عند الرسالة المُبلَّغ عنها (Enter)</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>معالجة…</translation>
    </message>
    <message>
        <source>Someone has resolved this report already. Refresh to see how.</source>
        <translation>عالج شخص آخر هذا البلاغ بالفعل. حدّث القائمة لمعرفة الكيفية.</translation>
    </message>
    <message>
        <source>The server does not know this report.</source>
        <translation>الخادم لا يعرف هذا البلاغ.</translation>
    </message>
    <message>
        <source>This account may not do that any more. Sign in again.</source>
        <translation>لم يعد مسموحًا لهذا الحساب بذلك. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Kora cannot reach the server. Check the connection and try again.</source>
        <translation>لا يستطيع Kora الوصول إلى الخادم. تحقّق من الاتصال وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server could not record this in the audit log, so nothing was done.</source>
        <translation>تعذّر على الخادم تسجيل ذلك في سجل التدقيق، لذلك لم يُنفَّذ أي شيء.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Could not load the reports: %1</source>
        <translation>تعذّر تحميل البلاغات: %1</translation>
    </message>
    <message>
        <source>No open reports.</source>
        <translation>لا توجد بلاغات مفتوحة.</translation>
    </message>
    <message>
        <source>No resolved reports.</source>
        <translation>لا توجد بلاغات معالَجة.</translation>
    </message>
    <message>
        <source>%1, reported by %2</source>
        <translation>%1، أبلغ عنه %2</translation>
    </message>
    <message>
        <source>Resolving the report…</source>
        <translation>جارٍ معالجة البلاغ…</translation>
    </message>
    <message>
        <source>The report was not resolved: %1</source>
        <translation>لم تتم معالجة البلاغ: %1</translation>
    </message>
    <message>
        <source>Report resolved. It is listed under Resolved now.</source>
        <translation>تمت معالجة البلاغ. يظهر الآن ضمن «المعالَجة».</translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportSearchPane</name>
    <message>
        <source>Name, email or text in messages</source>
        <translation>الاسم أو البريد الإلكتروني أو نص في الرسائل</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Exact job id</source>
        <translation>معرّف المهمة بالضبط</translation>
    </message>
    <message>
        <source>&amp;Job id:</source>
        <translation>&amp;معرّف المهمة:</translation>
    </message>
    <message>
        <source>Active on or after</source>
        <translation>نشطة في هذا التاريخ أو بعده</translation>
    </message>
    <message>
        <source>Started on or before</source>
        <translation>بدأت في هذا التاريخ أو قبله</translation>
    </message>
    <message>
        <source>Only conversations with activity on this day or later</source>
        <translation>المحادثات التي فيها نشاط في هذا اليوم أو بعده فقط</translation>
    </message>
    <message>
        <source>Only conversations that began on this day or earlier</source>
        <translation>المحادثات التي بدأت في هذا اليوم أو قبله فقط</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Conversations found</source>
        <translation>المحادثات التي عُثر عليها</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>المزيد من النتائج</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>المهمة: %1</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>المهمة: %1 (%2)</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>آخر نشاط %1</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>نهاية النطاق الزمني تسبق بدايته.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <source>No conversations found.</source>
        <translation>لم يُعثر على أي محادثة.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found.</source>
        <translation>
            <numerusform>عُثر على %n محادثة.</numerusform>
            <numerusform>عُثر على %n محادثة.</numerusform>
            <numerusform>عُثر على %n محادثتين.</numerusform>
            <numerusform>عُثر على %n محادثات.</numerusform>
            <numerusform>عُثر على %n محادثة.</numerusform>
            <numerusform>عُثر على %n محادثة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportWindow</name>
    <message>
        <source>Kora Support view (read-only) — %1</source>
        <translation>عرض الدعم في Kora (للقراءة فقط) — %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>مسجّل الدخول باسم %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Kora cannot open its temporary data: %1</source>
        <translation>لا يستطيع Kora فتح بياناته المؤقتة: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>people (job)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Support view — read-only, access is logged</source>
        <translation>عرض الدعم — للقراءة فقط، ويُسجَّل الوصول</translation>
    </message>
    <message>
        <source>Opening the reported conversation…</source>
        <translation>جارٍ فتح المحادثة المُبلَّغ عنها…</translation>
    </message>
    <message>
        <source>Could not open the reported conversation: %1</source>
        <translation>تعذّر فتح المحادثة المُبلَّغ عنها: %1</translation>
    </message>
    <message>
        <source>As HTML…</source>
        <translation>بتنسيق HTML…</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>بتنسيق PDF…</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>تصدير نص المحادثة</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>صفحات ويب (*.html)</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>افتح محادثة أولًا.</translation>
    </message>
    <message>
        <source>Loading the whole conversation…</source>
        <translation>جارٍ تحميل المحادثة كاملة…</translation>
    </message>
    <message>
        <source>Could not load the conversation: %1</source>
        <translation>تعذّر تحميل المحادثة: %1</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so nothing was written: %1</source>
        <translation>تعذّر تسجيل التصدير في سجل التدقيق، لذلك لم يُكتب أي شيء: %1</translation>
    </message>
    <message>
        <source>Conversation transcript</source>
        <translation>نص المحادثة</translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation>حُفظ نص المحادثة في %1</translation>
    </message>
    <message>
        <source>Could not write the transcript: %1</source>
        <translation>تعذّرت كتابة نص المحادثة: %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::TranscriptExporter</name>
    <message>
        <source>Conversation transcript</source>
        <translation>نص المحادثة</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>تاريخ التصدير</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 بواسطة %2</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>غير معروف (%1)</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>حُذفت الرسالة</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2, %3)</source>
        <translation>مرفق: %1 (%2، %3)</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>عُدّلت %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::TrustActions</name>
    <message>
        <source>Unblock</source>
        <translation>إلغاء الحظر</translation>
    </message>
    <message>
        <source>You blocked %1. They cannot write to you here until you unblock them.</source>
        <translation>لقد حظرت %1. لا يمكنه مراسلتك هنا حتى تلغي حظره.</translation>
    </message>
    <message>
        <source>Report conversation…</source>
        <translation>الإبلاغ عن المحادثة…</translation>
    </message>
    <message>
        <source>Your report reached Kora support. Thank you.</source>
        <translation>وصل بلاغك إلى دعم Kora. شكرًا لك.</translation>
    </message>
    <message>
        <source>Your report was not taken: %1</source>
        <translation>لم يُقبل بلاغك: %1</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>هذا الشخص</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>إلغاء حظر %1</translation>
    </message>
    <message>
        <source>Block %1…</source>
        <translation>حظر %1…</translation>
    </message>
    <message>
        <source>Report message…</source>
        <translation>الإبلاغ عن الرسالة…</translation>
    </message>
    <message>
        <source>Block %1?</source>
        <translation>حظر %1؟</translation>
    </message>
    <message>
        <source>%1 will not be able to write to you, react or start a new conversation with you. You can both still read what was written, and you can unblock them at any time.</source>
        <translation>لن يتمكن %1 من مراسلتك أو التفاعل أو بدء محادثة جديدة معك. سيظل بإمكانكما قراءة ما كُتب، ويمكنك إلغاء الحظر في أي وقت.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>حظر</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>تم حظر %1.</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>تم إلغاء حظر %1.</translation>
    </message>
    <message>
        <source>Could not block %1: %2</source>
        <translation>تعذّر حظر %1: %2</translation>
    </message>
    <message>
        <source>Could not unblock %1: %2</source>
        <translation>تعذّر إلغاء حظر %1: %2</translation>
    </message>
    <message>
        <source>Could not report: %1</source>
        <translation>تعذّر الإبلاغ: %1</translation>
    </message>
    <message>
        <source>Your report will be sent when you are back online.</source>
        <translation>سيُرسل بلاغك عند عودتك إلى الاتصال.</translation>
    </message>
</context>
</TS>
