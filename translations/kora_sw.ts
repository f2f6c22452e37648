<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw_KE">
<context>
    <name>kora::app::AppController</name>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Muda wa kikao chako umeisha. Ingia tena.</translation>
    </message>
    <message>
        <source>Kora cannot open its local data: %1</source>
        <translation>Kora haiwezi kufungua data yake ya ndani: %1</translation>
    </message>
    <message>
        <source>Sign in again; unsent messages are kept.</source>
        <translation>Ingia tena; jumbe ambazo hazijatumwa zimehifadhiwa.</translation>
    </message>
    <message>
        <source>Could not sign out everywhere: %1</source>
        <translation>Imeshindwa kutoka kwenye vifaa vyote: %1</translation>
    </message>
</context>
<context>
    <name>kora::app::LinkHandler</name>
    <message>
        <source>A support account cannot open conversations from links.</source>
        <translation>Akaunti ya msaada haiwezi kufungua mazungumzo kutoka kwa viungo.</translation>
    </message>
    <message>
        <source>Kora cannot open this link. %1</source>
        <translation>Kora haiwezi kufungua kiungo hiki. %1</translation>
    </message>
    <message>
        <source>This conversation is not one of yours, or it no longer exists.</source>
        <translation>Mazungumzo haya si yako, au hayapo tena.</translation>
    </message>
    <message>
        <source>This link is for a conversation with yourself.</source>
        <translation>Kiungo hiki ni cha mazungumzo na wewe mwenyewe.</translation>
    </message>
    <message>
        <source>Kora cannot look up the person of this link. %1</source>
        <translation>Kora haiwezi kumtafuta mtu wa kiungo hiki. %1</translation>
    </message>
    <message>
        <source>No one you can write to matches this link.</source>
        <translation>Hakuna mtu unayeweza kumwandikia anayelingana na kiungo hiki.</translation>
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
        <translation>Onyesha Kora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Funga</translation>
    </message>
    <message numerus="yes">
        <source>Kora — %n unread message(s)</source>
        <translation>
            <numerusform>Kora — ujumbe %n haujasomwa</numerusform>
            <numerusform>Kora — jumbe %n hazijasomwa</numerusform>
        </translation>
    </message>
    <message>
        <source>Kora</source>
        <translation>Kora</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Ujumbe mpya</translation>
    </message>
    <message>
        <source>%1 mentioned you in %2</source>
        <translation>%1 amekutaja katika %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 katika %2</translation>
    </message>
</context>
<context>
    <name>kora::app::SingleInstance</name>
    <message>
        <source>Another Kora is starting and holds %1.</source>
        <translation>Kora nyingine inaanza na inashikilia %1.</translation>
    </message>
    <message>
        <source>The arguments are too long to hand over.</source>
        <translation>Hoja ni ndefu mno kukabidhiwa.</translation>
    </message>
    <message>
        <source>The running Kora did not answer: %1</source>
        <translation>Kora inayoendeshwa haikujibu: %1</translation>
    </message>
    <message>
        <source>The running Kora gave an unexpected answer.</source>
        <translation>Kora inayoendeshwa ilitoa jibu lisilotarajiwa.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Imeshindwa kusikiliza kwenye %1: %2</translation>
    </message>
</context>
<context>
    <name>kora::app::TokenStore</name>
    <message>
        <source>Your system keychain is not available; you will stay signed in only until Kora closes.</source>
        <translation>Hifadhi ya funguo ya mfumo wako haipatikani; utabaki umeingia hadi Kora itakapofungwa tu.</translation>
    </message>
</context>
<context>
    <name>kora::models::ClientSession</name>
    <message>
        <source>Your session has expired.</source>
        <translation>Muda wa kikao chako umeisha.</translation>
    </message>
</context>
<context>
    <name>kora::models::ConversationListModel</name>
    <message>
        <source>Message deleted</source>
        <translation>Ujumbe umefutwa</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Picha</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Bado hakuna jumbe</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Wewe: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Haijulikani</translation>
    </message>
</context>
<context>
    <name>kora::models::ImagePrep</name>
    <message>
        <source>“%1” could not be prepared: the folder %2 cannot be created.</source>
        <translation>“%1” haikuweza kuandaliwa: folda %2 haiwezi kuundwa.</translation>
    </message>
    <message>
        <source>“%1” could not be prepared: %2</source>
        <translation>“%1” haikuweza kuandaliwa: %2</translation>
    </message>
    <message>
        <source>“%1” is still too large after shrinking it (images can be up to %2).</source>
        <translation>“%1” bado ni kubwa mno baada ya kupunguzwa (picha zinaweza kuwa hadi %2).</translation>
    </message>
    <message>
        <source>“%1” is too large (%2). Files can be up to %3.</source>
        <translation>“%1” ni kubwa mno (%2). Faili zinaweza kuwa hadi %3.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” haiwezi kusomwa: %2</translation>
    </message>
    <message>
        <source>“%1” changed while it was being read. Try again.</source>
        <translation>“%1” ilibadilika wakati ikisomwa. Jaribu tena.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Attach the files inside it instead.</source>
        <translation>“%1” ni folda. Ambatisha faili zilizomo badala yake.</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>“%1” haikupatikana.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>“%1” haiwezi kusomwa: ruhusa imekataliwa.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” ni tupu.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2). Images can be up to %3.</source>
        <translation>“%1” ni kubwa mno (%2). Picha zinaweza kuwa hadi %3.</translation>
    </message>
    <message>
        <source>“%1” is not a valid image or is damaged.</source>
        <translation>“%1” si picha halali au imeharibika.</translation>
    </message>
    <message>
        <source>“%1” is too large to open (%2 × %3 pixels).</source>
        <translation>“%1” ni kubwa mno kufunguliwa (pikseli %2 × %3).</translation>
    </message>
    <message>
        <source>“%1” is too large to prepare (%2; at most %3).</source>
        <translation>“%1” ni kubwa mno kuandaliwa (%2; kiwango cha juu %3).</translation>
    </message>
</context>
<context>
    <name>kora::models::KoraLink</name>
    <message>
        <source>The link&apos;s parameters are malformed.</source>
        <translation>Vigezo vya kiungo vina hitilafu.</translation>
    </message>
    <message>
        <source>The link has a parameter Kora does not know.</source>
        <translation>Kiungo kina kigezo ambacho Kora haikijui.</translation>
    </message>
    <message>
        <source>The link gives a parameter twice.</source>
        <translation>Kiungo kinatoa kigezo kimoja mara mbili.</translation>
    </message>
    <message>
        <source>The link does not name a Kora user.</source>
        <translation>Kiungo hakimtaji mtumiaji wa Kora.</translation>
    </message>
    <message>
        <source>The link&apos;s job id is not valid.</source>
        <translation>Kitambulisho cha kazi katika kiungo si halali.</translation>
    </message>
    <message>
        <source>The link&apos;s job title contains characters Kora does not accept.</source>
        <translation>Jina la kazi katika kiungo lina herufi ambazo Kora haikubali.</translation>
    </message>
    <message>
        <source>The link&apos;s job title is empty or too long.</source>
        <translation>Jina la kazi katika kiungo ni tupu au ni refu mno.</translation>
    </message>
    <message>
        <source>The link gives a job title without a job id.</source>
        <translation>Kiungo kinatoa jina la kazi bila kitambulisho cha kazi.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>Kiungo ni kirefu mno.</translation>
    </message>
    <message>
        <source>The link contains spaces, control or non-ASCII characters.</source>
        <translation>Kiungo kina nafasi, herufi za udhibiti au herufi zisizo za ASCII.</translation>
    </message>
    <message>
        <source>Only kora:// links can be opened in Kora.</source>
        <translation>Viungo vya kora:// pekee vinaweza kufunguliwa katika Kora.</translation>
    </message>
    <message>
        <source>The link&apos;s form is not one Kora accepts.</source>
        <translation>Muundo wa kiungo haukubaliwi na Kora.</translation>
    </message>
    <message>
        <source>The link does not name a conversation.</source>
        <translation>Kiungo hakitaji mazungumzo.</translation>
    </message>
    <message>
        <source>The link does not name a message.</source>
        <translation>Kiungo hakitaji ujumbe.</translation>
    </message>
    <message>
        <source>Kora cannot open this kind of link.</source>
        <translation>Kora haiwezi kufungua aina hii ya kiungo.</translation>
    </message>
</context>
<context>
    <name>kora::models::MessageListModel</name>
    <message>
        <source>you cannot write to this person</source>
        <translation>huwezi kumwandikia mtu huyu</translation>
    </message>
</context>
<context>
    <name>kora::models::Outbox</name>
    <message>
        <source>This message is not sent yet.</source>
        <translation>Ujumbe huu bado haujatumwa.</translation>
    </message>
    <message>
        <source>Choose why you report this.</source>
        <translation>Chagua sababu ya kuripoti.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>Maelezo yana zaidi ya herufi %1.</translation>
    </message>
    <message>
        <source>Choose at least one file to send.</source>
        <translation>Chagua angalau faili moja ya kutuma.</translation>
    </message>
    <message>
        <source>At most 10 files can go in one message.</source>
        <translation>Ujumbe mmoja unaweza kuwa na faili 10 tu kwa juu.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Imeshindwa kuunda folda %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Imeshindwa kusoma %1.</translation>
    </message>
</context>
<context>
    <name>kora::models::QuickReplies</name>
    <message>
        <source>A quick reply needs some text.</source>
        <translation>Jibu la haraka linahitaji maandishi.</translation>
    </message>
    <message>
        <source>A quick reply can be at most %1 characters long.</source>
        <translation>Jibu la haraka linaweza kuwa na herufi %1 kwa juu.</translation>
    </message>
    <message>
        <source>A title can be at most %1 characters long.</source>
        <translation>Kichwa kinaweza kuwa na herufi %1 kwa juu.</translation>
    </message>
    <message>
        <source>Could not save the quick replies: %1</source>
        <translation>Imeshindwa kuhifadhi majibu ya haraka: %1</translation>
    </message>
    <message>
        <source>You can keep at most %1 quick replies.</source>
        <translation>Unaweza kuweka majibu ya haraka %1 kwa juu.</translation>
    </message>
    <message>
        <source>That quick reply is gone.</source>
        <translation>Jibu hilo la haraka halipo tena.</translation>
    </message>
    <message>
        <source>There is no quick reply there.</source>
        <translation>Hakuna jibu la haraka hapo.</translation>
    </message>
    <message>
        <source>This file is too large to be a list of quick replies.</source>
        <translation>Faili hii ni kubwa mno kuwa orodha ya majibu ya haraka.</translation>
    </message>
    <message>
        <source>This file is not a list of quick replies (it is not valid JSON).</source>
        <translation>Faili hii si orodha ya majibu ya haraka (si JSON halali).</translation>
    </message>
    <message>
        <source>This file is not a list of Kora quick replies.</source>
        <translation>Faili hii si orodha ya majibu ya haraka ya Kora.</translation>
    </message>
    <message>
        <source>This file was written by a newer Kora; update Kora to import it.</source>
        <translation>Faili hii iliandikwa na Kora mpya zaidi; sasisha Kora ili kuiingiza.</translation>
    </message>
    <message>
        <source>Reply %1 in this file is not a quick reply.</source>
        <translation>Jibu %1 katika faili hii si jibu la haraka.</translation>
    </message>
    <message>
        <source>Reply %1 in this file: %2</source>
        <translation>Jibu %1 katika faili hii: %2</translation>
    </message>
    <message>
        <source>Importing these would make more than %1 quick replies.</source>
        <translation>Kuyaingiza kungezidi majibu ya haraka %1.</translation>
    </message>
</context>
<context>
    <name>kora::models::SystemLines</name>
    <message>
        <source>you</source>
        <comment>in a list of people added or removed</comment>
        <translation>wewe</translation>
    </message>
    <message>
        <source>You renamed the group to “%1”</source>
        <translation>Ulibadilisha jina la kikundi kuwa “%1”</translation>
    </message>
    <message>
        <source>%1 renamed the group to “%2”</source>
        <translation>%1 alibadilisha jina la kikundi kuwa “%2”</translation>
    </message>
    <message>
        <source>You left</source>
        <translation>Uliondoka</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 aliondoka</translation>
    </message>
    <message>
        <source>You added %1</source>
        <translation>Uliongeza %1</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <translation>%1 alikuongeza</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 aliongeza %2</translation>
    </message>
    <message>
        <source>You removed %1</source>
        <translation>Uliondoa %1</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <translation>%1 alikuondoa</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>%1 aliondoa %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::AttachmentStrip</name>
    <message>
        <source>Attachments to send</source>
        <translation>Viambatisho vya kutuma</translation>
    </message>
    <message>
        <source>Remove this attachment</source>
        <translation>Ondoa kiambatisho hiki</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ondoa %1</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Inaandaa…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faili</translation>
    </message>
</context>
<context>
    <name>kora::ui::AuditLogView</name>
    <message>
        <source>Every search, conversation opened, export, look at the reports queue and report resolved by support staff, newest first.</source>
        <translation>Kila utafutaji, mazungumzo yaliyofunguliwa, uhamishaji, ukaguzi wa foleni ya ripoti na ripoti iliyoshughulikiwa na wafanyakazi wa msaada, za karibuni kwanza.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Onyesha upya</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Kumbukumbu ya ukaguzi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saa</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mhudumu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Kitendo</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Mazungumzo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anwani</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Maingizo ya zamani</translation>
    </message>
    <message>
        <source>Viewed messages</source>
        <translation>Aliangalia jumbe</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>Alitafuta</translation>
    </message>
    <message>
        <source>Exported a transcript</source>
        <translation>Alihamisha nakala ya mazungumzo</translation>
    </message>
    <message>
        <source>Read the reports queue</source>
        <translation>Alisoma foleni ya ripoti</translation>
    </message>
    <message>
        <source>Resolved a report</source>
        <translation>Alishughulikia ripoti</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation>Imeshindwa kupakia kumbukumbu ya ukaguzi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>Ingizo %n linaonyeshwa.</numerusform>
            <numerusform>Maingizo %n yanaonyeshwa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::BlockedPeopleDialog</name>
    <message>
        <source>Blocked people</source>
        <translation>Watu waliozuiwa</translation>
    </message>
    <message>
        <source>People you block cannot write to you, react or see you typing in your conversation with them. They are not told.</source>
        <translation>Watu unaowazuia hawawezi kukuandikia, kuonyesha hisia wala kukuona ukiandika katika mazungumzo yenu. Hawaambiwi.</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Ondoa kizuizi</translation>
    </message>
    <message>
        <source>You have not blocked anyone.</source>
        <translation>Hujamzuia mtu yeyote.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Mtu fulani</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>%1 ameondolewa kizuizi.</translation>
    </message>
    <message>
        <source>Could not unblock %1: %2</source>
        <translation>Imeshindwa kumwondolea kizuizi %1: %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::BookingStatus</name>
    <message>
        <source>Requested</source>
        <translation>Imeombwa</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Inasubiri</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Imethibitishwa</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Inaendelea</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Imekamilika</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Imelipwa</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Imekataliwa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Imeghairiwa</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Ina mzozo</translation>
    </message>
</context>
<context>
    <name>kora::ui::ChatPane</name>
    <message>
        <source>The file is not available.</source>
        <translation>Faili haipatikani.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Hifadhi kama…</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Hifadhi faili</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Faili haikuweza kuhifadhiwa: %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Mfanyakazi</translation>
    </message>
    <message>
        <source>Hirer</source>
        <translation>Mwajiri</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Msaada</translation>
    </message>
    <message>
        <source>online</source>
        <translation>mtandaoni</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>inaunganisha…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>nje ya mtandao</translation>
    </message>
    <message>
        <source>last seen today at %1</source>
        <translation>alionekana leo saa %1</translation>
    </message>
    <message>
        <source>last seen yesterday at %1</source>
        <translation>alionekana jana saa %1</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>alionekana %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rudi</translation>
    </message>
    <message>
        <source>Back to the conversations</source>
        <translation>Rudi kwenye mazungumzo</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Picha ya wasifu</translation>
    </message>
    <message>
        <source>Person and job details (Ctrl+Shift+I)</source>
        <translation>Mtu na kazi (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>More actions for this conversation</source>
        <translation>Vitendo zaidi vya mazungumzo haya</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Vitendo zaidi</translation>
    </message>
    <message>
        <source>you</source>
        <comment>in a group&apos;s member list</comment>
        <translation>wewe</translation>
    </message>
    <message numerus="yes">
        <source>%n people: %1</source>
        <comment>a group&apos;s members</comment>
        <translation>
            <numerusform>Mtu %n: %1</numerusform>
            <numerusform>Watu %n: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Mazungumzo</translation>
    </message>
    <message>
        <source>Job: %1 (#%2)</source>
        <translation>Kazi: %1 (Na. %2)</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Kazi: %1</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>Kazi Na. %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Mtu fulani</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 anaandika…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 na %2 wanaandika…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>Watu kadhaa wanaandika…</translation>
    </message>
    <message>
        <source>Choose a conversation to start chatting.
Your messages with workers and hirers show up here.</source>
        <translation>Chagua mazungumzo ili kuanza kupiga gumzo.
Jumbe zako na wafanyakazi na waajiri huonekana hapa.</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Inapakia jumbe za awali…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Jumbe</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Nenda kwenye ujumbe wa karibuni</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>Ujumbe mpya %n</numerusform>
            <numerusform>Jumbe mpya %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Hariri</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Nakili maandishi</translation>
    </message>
    <message>
        <source>Copy link to message</source>
        <translation>Nakili kiungo cha ujumbe</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Jaribu kutuma tena</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Tupa</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Dondosha faili hapa ili kuziambatisha</translation>
    </message>
    <message>
        <source>Images are resized to at most 2048 pixels. Files can be up to 25 MB.</source>
        <translation>Picha hupunguzwa hadi pikseli 2048 kwa juu. Faili zinaweza kuwa hadi MB 25.</translation>
    </message>
</context>
<context>
    <name>kora::ui::Composer</name>
    <message>
        <source>Editing message — Esc to cancel</source>
        <translation>Unahariri ujumbe — Esc kughairi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Ghairi uhariri</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Ambatisha</translation>
    </message>
    <message>
        <source>Attach files or images (you can also drop or paste them)</source>
        <translation>Ambatisha faili au picha (unaweza pia kuziburuta au kuzibandika)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Ambatisha faili</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Majibu ya haraka</translation>
    </message>
    <message>
        <source>Insert a quick reply (or type / and a word)</source>
        <translation>Weka jibu la haraka (au andika / na neno)</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Weka emoji</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Msimbo</translation>
    </message>
    <message>
        <source>Format as code (select several lines for a code block). Bold: Ctrl+B, italic: Ctrl+I, strikethrough: Ctrl+Shift+X.</source>
        <translation>Panga kama msimbo (chagua mistari kadhaa kwa kizuizi cha msimbo). Herufi nzito: Ctrl+B, italiki: Ctrl+I, mstari katikati: Ctrl+Shift+X.</translation>
    </message>
    <message>
        <source>Format as code</source>
        <translation>Panga kama msimbo</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Andika ujumbe…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Tuma</translation>
    </message>
    <message>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>Tuma (Enter). Shift+Enter huanzisha mstari mpya.</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Tuma ujumbe</translation>
    </message>
    <message>
        <source>Sending as soon as the attachments are ready…</source>
        <translation>Itatumwa mara viambatisho vikiwa tayari…</translation>
    </message>
    <message>
        <source>Too long: %1 / %2 characters. Shorten the message to send it.</source>
        <translation>Ni mrefu mno: herufi %1 / %2. Fupisha ujumbe ili kuutuma.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Add a caption (optional)…</source>
        <translation>Ongeza maelezo (si lazima)…</translation>
    </message>
    <message>
        <source>Could not edit the message: %1</source>
        <translation>Imeshindwa kuhariri ujumbe: %1</translation>
    </message>
    <message>
        <source>Could not queue the attachments: %1</source>
        <translation>Imeshindwa kuweka viambatisho kwenye foleni: %1</translation>
    </message>
    <message>
        <source>Could not queue the message: %1</source>
        <translation>Imeshindwa kuweka ujumbe kwenye foleni: %1</translation>
    </message>
    <message>
        <source>No quick replies yet</source>
        <translation>Bado hakuna majibu ya haraka</translation>
    </message>
    <message>
        <source>Manage quick replies…</source>
        <translation>Simamia majibu ya haraka…</translation>
    </message>
    <message>
        <source>At most %1 files can go in one message.</source>
        <translation>Ujumbe mmoja unaweza kuwa na faili %1 tu kwa juu.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <comment>file name of a pasted image, then date and time</comment>
        <translation>Picha %1</translation>
    </message>
    <message>
        <source>All files (*);;Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Faili zote (*);;Picha (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <source>Save edited message</source>
        <translation>Hifadhi ujumbe uliohaririwa</translation>
    </message>
</context>
<context>
    <name>kora::ui::ComposerEdit</name>
    <message>
        <source>Format</source>
        <translation>Mpangilio</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Herufi nzito</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italiki</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation>Mstari katikati</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Msimbo</translation>
    </message>
</context>
<context>
    <name>kora::ui::ComposerSpelling</name>
    <message>
        <source>Spell check is off: no dictionary is installed.</source>
        <translation>Ukaguzi wa tahajia umezimwa: hakuna kamusi iliyosakinishwa.</translation>
    </message>
    <message>
        <source>Spell check is off: no dictionary for %1 is installed.</source>
        <translation>Ukaguzi wa tahajia umezimwa: hakuna kamusi ya %1 iliyosakinishwa.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Imezimwa</translation>
    </message>
    <message>
        <source>no dictionary</source>
        <translation>hakuna kamusi</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Hakuna mapendekezo</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Ongeza kwenye kamusi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Puuza</translation>
    </message>
    <message>
        <source>Spell check language</source>
        <translation>Lugha ya tahajia</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <extracomment>The spell-check language set in Preferences, e.g. &quot;Default (Français (France))&quot;.</extracomment>
        <translation>Chaguo-msingi (%1)</translation>
    </message>
</context>
<context>
    <name>kora::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Hali ya muunganisho</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Inaunganisha…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n message(s) waiting</source>
        <translation>
            <numerusform>Nje ya mtandao — ujumbe %n unasubiri</numerusform>
            <numerusform>Nje ya mtandao — jumbe %n zinasubiri</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — trying to reconnect</source>
        <translation>Nje ya mtandao — inajaribu kuunganisha tena</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jaribu sasa</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Inatuma ujumbe %n…</numerusform>
            <numerusform>Inatuma jumbe %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Imeunganishwa tena</translation>
    </message>
    <message>
        <source>Signed out — sign in again</source>
        <translation>Umetoka — ingia tena</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Ingia…</translation>
    </message>
</context>
<context>
    <name>kora::ui::ContactNotice</name>
    <message>
        <source>Keep payments and contact on Kora until the booking is confirmed. This message has contact details in it.</source>
        <translation>Weka malipo na mawasiliano ndani ya Kora hadi miadi ithibitishwe. Ujumbe huu una maelezo ya mawasiliano.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Hariri</translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Hariri ujumbe</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Tuma hata hivyo</translation>
    </message>
    <message>
        <source>Send the message with its contact details</source>
        <translation>Tuma ujumbe pamoja na maelezo ya mawasiliano</translation>
    </message>
</context>
<context>
    <name>kora::ui::ConversationDelegate</name>
    <message>
        <source>Worker</source>
        <translation>Mfanyakazi</translation>
    </message>
    <message>
        <source>Hirer</source>
        <translation>Mwajiri</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Msaada</translation>
    </message>
    <message numerus="yes">
        <source>Group · %n people</source>
        <comment>a group&apos;s members, in the list</comment>
        <translation>
            <numerusform>Kikundi · mtu %n</numerusform>
            <numerusform>Kikundi · watu %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: </source>
        <translation>Rasimu: </translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>online</source>
        <translation>mtandaoni</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>imenyamazishwa</translation>
    </message>
    <message>
        <source>job: %1</source>
        <translation>kazi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n haijasomwa</numerusform>
            <numerusform>%n hazijasomwa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::ConversationPane</name>
    <message>
        <source>New conversation…</source>
        <translation>Mazungumzo mapya…</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Kikundi kipya…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tafuta</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Tafuta mazungumzo</translation>
    </message>
    <message>
        <source>Filter conversations by name or job (Ctrl+F)</source>
        <translation>Chuja mazungumzo kwa jina au kazi (Ctrl+F)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Mazungumzo mapya</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Gumzo</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Zilizohifadhiwa</translation>
    </message>
    <message>
        <source>Conversation views</source>
        <translation>Mionekano ya mazungumzo</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Mazungumzo</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>Hakuna mazungumzo yanayolingana na “%1”.</translation>
    </message>
    <message>
        <source>No archived conversations.</source>
        <translation>Hakuna mazungumzo yaliyohifadhiwa.</translation>
    </message>
    <message>
        <source>No conversations yet.
Start one with “+”.</source>
        <translation>Bado hakuna mazungumzo.
Anzisha kwa “+”.</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>Vitendo vya mazungumzo</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Rudisha kutoka hifadhi</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Hifadhi kando</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Weka kama yamesomwa</translation>
    </message>
    <message>
        <source>Unmute notifications</source>
        <translation>Washa arifa tena</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Nyamazisha arifa</translation>
    </message>
    <message>
        <source>Notify during quiet hours</source>
        <translation>Arifu wakati wa saa za utulivu</translation>
    </message>
    <message>
        <source>Could not archive the conversation</source>
        <translation>Imeshindwa kuhifadhi mazungumzo kando</translation>
    </message>
    <message>
        <source>Could not unarchive the conversation</source>
        <translation>Imeshindwa kurudisha mazungumzo kutoka hifadhi</translation>
    </message>
    <message>
        <source>Could not mark the conversation as read</source>
        <translation>Imeshindwa kuweka mazungumzo kama yamesomwa</translation>
    </message>
</context>
<context>
    <name>kora::ui::DeleteActions</name>
    <message>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <source>Keep the message (Ctrl+Z)</source>
        <translation>Baki na ujumbe (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Delete for everyone…</source>
        <translation>Futa kwa wote…</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Futa ujumbe</translation>
    </message>
    <message>
        <source>Delete for everyone?</source>
        <translation>Futa kwa wote?</translation>
    </message>
    <message>
        <source>The message is removed for everyone in this conversation. You can undo this for a few seconds.</source>
        <translation>Ujumbe unaondolewa kwa kila mtu katika mazungumzo haya. Unaweza kutendua hili kwa sekunde chache.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Could not delete the message: %1</source>
        <translation>Imeshindwa kufuta ujumbe: %1</translation>
    </message>
    <message>
        <source>Message deleted.</source>
        <translation>Ujumbe umefutwa.</translation>
    </message>
    <message>
        <source>Too late to undo: the message is already deleted.</source>
        <translation>Umechelewa kutendua: ujumbe tayari umefutwa.</translation>
    </message>
</context>
<context>
    <name>kora::ui::EmojiPicker</name>
    <message>
        <source>Frequently used</source>
        <translation>Zinazotumika mara kwa mara</translation>
    </message>
    <message>
        <source>Smileys and emotion</source>
        <translation>Nyuso na hisia</translation>
    </message>
    <message>
        <source>People and body</source>
        <translation>Watu na mwili</translation>
    </message>
    <message>
        <source>Animals and nature</source>
        <translation>Wanyama na mazingira</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Vyakula na vinywaji</translation>
    </message>
    <message>
        <source>Travel and places</source>
        <translation>Safari na maeneo</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Shughuli</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Vitu</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Alama</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Bendera</translation>
    </message>
    <message>
        <source>Pick an emoji</source>
        <translation>Chagua emoji</translation>
    </message>
    <message>
        <source>Search emoji</source>
        <translation>Tafuta emoji</translation>
    </message>
    <message>
        <source>Emoji categories</source>
        <translation>Aina za emoji</translation>
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
        <translation>Wewe si mwanachama wa kikundi hiki tena. Kilichoandikwa awali kinabaki hapa kusomwa.</translation>
    </message>
    <message>
        <source>Rename group…</source>
        <translation>Badilisha jina la kikundi…</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>Ongeza watu…</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Ondoa kwenye kikundi</translation>
    </message>
    <message>
        <source>Leave group…</source>
        <translation>Ondoka kwenye kikundi…</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Badilisha jina la kikundi</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Jina la kikundi:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Badilisha jina</translation>
    </message>
    <message>
        <source>Could not rename the group: %1</source>
        <translation>Imeshindwa kubadilisha jina la kikundi: %1</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Imeshindwa kumwondoa %1: %2</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>Ondoka kwenye kikundi</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>Ondoka kwenye “%1”?</translation>
    </message>
    <message>
        <source>You will no longer get its messages or be able to write in it. What was written stays here to read; someone in the group can add you again.</source>
        <translation>Hutapokea tena jumbe zake wala hutaweza kuandika humo. Kilichoandikwa kinabaki hapa kusomwa; mtu katika kikundi anaweza kukuongeza tena.</translation>
    </message>
    <message>
        <source>Could not leave the group: %1</source>
        <translation>Imeshindwa kuondoka kwenye kikundi: %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Kikundi kipya</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Jina la kikundi</translation>
    </message>
    <message>
        <source>e.g. Asante house renovation</source>
        <translation>k.m. Ukarabati wa nyumba ya Asante</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Ongeza watu</translation>
    </message>
    <message>
        <source>Search people by name or email</source>
        <translation>Tafuta watu kwa jina au barua pepe</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Tafuta watu</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Watu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>&amp;Unda kikundi</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ongeza</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Jina la kikundi:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Watu:</translation>
    </message>
    <message>
        <source>There is nobody else to add.</source>
        <translation>Hakuna mtu mwingine wa kuongeza.</translation>
    </message>
    <message>
        <source>Tick the people to add.</source>
        <translation>Weka alama kwa watu wa kuongeza.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen: %1</source>
        <comment>people ticked for a group</comment>
        <translation>
            <numerusform>%n amechaguliwa: %1</numerusform>
            <numerusform>%n wamechaguliwa: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The group could not be saved: %1</source>
        <translation>Kikundi hakikuweza kuhifadhiwa: %1</translation>
    </message>
    <message>
        <source>Creating the group…</source>
        <translation>Inaunda kikundi…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Inaongeza…</translation>
    </message>
</context>
<context>
    <name>kora::ui::ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>Kitazamaji picha</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Punguza ukubwa</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Punguza ukubwa (−)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>zoom level</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ongeza ukubwa</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Ongeza ukubwa (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tosheleza</translation>
    </message>
    <message>
        <source>Fit to the window (0)</source>
        <translation>Tosheleza kwenye dirisha (0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size (1)</source>
        <translation>Ukubwa halisi (1)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Hifadhi kama…</translation>
    </message>
    <message>
        <source>Save the image (Ctrl+S)</source>
        <translation>Hifadhi picha (Ctrl+S)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Nakili</translation>
    </message>
    <message>
        <source>Copy the image (Ctrl+C)</source>
        <translation>Nakili picha (Ctrl+C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Funga (Esc)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Picha</translation>
    </message>
    <message>
        <source>Previous image</source>
        <translation>Picha iliyotangulia</translation>
    </message>
    <message>
        <source>Previous image (Left arrow)</source>
        <translation>Picha iliyotangulia (mshale wa kushoto)</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>Picha inayofuata</translation>
    </message>
    <message>
        <source>Next image (Right arrow)</source>
        <translation>Picha inayofuata (mshale wa kulia)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 saa %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>date · file name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>image position</comment>
        <translation>%1 kati ya %2</translation>
    </message>
    <message>
        <source>The image could not be loaded.</source>
        <translation>Picha haikuweza kupakiwa.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <source>Previous image (Right arrow)</source>
        <translation>Picha iliyotangulia (mshale wa kulia)</translation>
    </message>
    <message>
        <source>Next image (Left arrow)</source>
        <translation>Picha inayofuata (mshale wa kushoto)</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Hifadhi picha</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Imehifadhiwa.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Haijahifadhiwa: %1</translation>
    </message>
    <message>
        <source>The conversation is closed.</source>
        <translation>Mazungumzo yamefungwa.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Wewe</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Mtu fulani</translation>
    </message>
</context>
<context>
    <name>kora::ui::JobPanel</name>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (Na. %2)</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>Kazi Na. %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Current job</source>
        <translation>Kazi ya sasa</translation>
    </message>
    <message>
        <source>Jobs together</source>
        <translation>Kazi pamoja</translation>
    </message>
    <message>
        <source>No bookings yet.</source>
        <translation>Bado hakuna miadi.</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Habari mpya</translation>
    </message>
    <message>
        <source>Job and booking updates</source>
        <translation>Habari za kazi na miadi</translation>
    </message>
    <message>
        <source>Job and booking news from the marketplace shows up here.</source>
        <translation>Habari za kazi na miadi kutoka sokoni huonekana hapa.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Mtu fulani</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>Mtu %n</numerusform>
            <numerusform>Watu %n</numerusform>
        </translation>
    </message>
    <message>
        <source>You talk here since %1.</source>
        <translation>Mmekuwa mkizungumza hapa tangu %1.</translation>
    </message>
    <message>
        <source>No job is linked to this conversation.</source>
        <translation>Hakuna kazi iliyounganishwa na mazungumzo haya.</translation>
    </message>
</context>
<context>
    <name>kora::ui::LinkConfirmDialog</name>
    <message>
        <source>worker</source>
        <translation>mfanyakazi</translation>
    </message>
    <message>
        <source>hirer</source>
        <translation>mwajiri</translation>
    </message>
    <message>
        <source>Open a conversation from a link</source>
        <translation>Fungua mazungumzo kutoka kwa kiungo</translation>
    </message>
    <message>
        <source>A web page or another program asks Kora to open a conversation. Nothing happens unless you choose to open it.</source>
        <translation>Ukurasa wa wavuti au programu nyingine inaomba Kora ifungue mazungumzo. Hakuna kitakachotokea usipochagua kuyafungua.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No job is named.</source>
        <translation>Hakuna kazi iliyotajwa.</translation>
    </message>
    <message>
        <source>About job %1</source>
        <translation>Kuhusu kazi %1</translation>
    </message>
    <message>
        <source>About the job “%1” (%2)</source>
        <translation>Kuhusu kazi “%1” (%2)</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Fungua mazungumzo</translation>
    </message>
</context>
<context>
    <name>kora::ui::LoginDialog</name>
    <message>
        <source>Sign in to Kora</source>
        <translation>Ingia kwenye Kora</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Anwani ya seva</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>wewe@mfano.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Nenosiri</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Hitilafu ya kuingia</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Seva:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Barua pepe:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Ingia</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Inaingia…</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Barua pepe au nenosiri si sahihi.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your connection.</source>
        <translation>Imeshindwa kufikia seva %1. Kagua anwani na muunganisho wako.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again.</source>
        <translation>Seva %1 haikujibu kwa wakati. Jaribu tena.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted: %1</source>
        <translation>Cheti cha seva hakiaminiki: %1</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute and try again.</source>
        <translation>Majaribio mengi mno ya kuingia. Subiri dakika moja kisha jaribu tena.</translation>
    </message>
    <message>
        <source>Enter a valid email address and password.</source>
        <translation>Weka barua pepe na nenosiri halali.</translation>
    </message>
    <message>
        <source>The server at %1 does not look like a Kora server.</source>
        <translation>Seva %1 haionekani kuwa seva ya Kora.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Kuingia kumeshindikana: %1</translation>
    </message>
    <message>
        <source>Enter a server address such as https://chat.example.com.</source>
        <translation>Weka anwani ya seva, kama https://chat.example.com.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Weka barua pepe na nenosiri lako.</translation>
    </message>
</context>
<context>
    <name>kora::ui::MainWindow</name>
    <message>
        <source>Notice</source>
        <translation>Taarifa</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Ficha taarifa hii</translation>
    </message>
    <message>
        <source>&amp;Kora</source>
        <translation>&amp;Kora</translation>
    </message>
    <message>
        <source>Quick &amp;replies…</source>
        <translation>Majibu ya &amp;haraka…</translation>
    </message>
    <message>
        <source>&amp;Blocked people…</source>
        <translation>Watu &amp;waliozuiwa…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Toka</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere…</source>
        <translation>Toka kwenye &amp;vifaa vyote…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Mapendeleo…</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Akaunti: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Funga</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Mazungumzo</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>Mazungumzo &amp;mapya…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>&amp;Kikundi kipya…</translation>
    </message>
    <message>
        <source>&amp;Quick switcher…</source>
        <translation>Kibadilishi cha &amp;haraka…</translation>
    </message>
    <message>
        <source>&amp;Search messages…</source>
        <translation>&amp;Tafuta jumbe…</translation>
    </message>
    <message>
        <source>Search in this con&amp;versation…</source>
        <translation>Tafuta katika &amp;mazungumzo haya…</translation>
    </message>
    <message>
        <source>&amp;Find conversation</source>
        <translation>Ta&amp;futa mazungumzo</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Mazungumzo ya &amp;awali</translation>
    </message>
    <message>
        <source>Ne&amp;xt conversation</source>
        <translation>Mazungumzo &amp;yanayofuata</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Nyamazisha arifa</translation>
    </message>
    <message>
        <source>Sign out everywhere?</source>
        <translation>Toka kwenye vifaa vyote?</translation>
    </message>
    <message>
        <source>Every device signed in to this account, this one included, is signed out at once and must sign in again. Use it if a device was lost or someone else may know your password.</source>
        <translation>Kila kifaa kilichoingia kwenye akaunti hii, pamoja na hiki, kinatolewa mara moja na lazima kiingie tena. Tumia hili ikiwa kifaa kimepotea au mtu mwingine huenda anajua nenosiri lako.</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Toka kwenye vifaa vyote</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Umeingia kama %1</translation>
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
        <translation>Picha haiwezi kusomwa.</translation>
    </message>
    <message>
        <source>The image is too large to show.</source>
        <translation>Picha ni kubwa mno kuonyeshwa.</translation>
    </message>
</context>
<context>
    <name>kora::ui::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation>Watu wa kutaja</translation>
    </message>
</context>
<context>
    <name>kora::ui::MessageDelegate</name>
    <message>
        <source>Image not available</source>
        <translation>Picha haipatikani</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>file size · file type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Inasubiri kutumwa</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Haujatumwa: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Haujatumwa</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Umetumwa</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Umefika</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Umesomwa</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 saa %2</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (imehaririwa)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>date · delivery state</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>Picha %n</numerusform>
            <numerusform>Picha %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>Faili %n</numerusform>
            <numerusform>Faili %n</numerusform>
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
        <translation>Wewe</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Mtu fulani</translation>
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
        <translation>Ujumbe umefutwa</translation>
    </message>
    <message>
        <source>Contact details hidden by Kora. They can be shared once the booking is confirmed.</source>
        <translation>Maelezo ya mawasiliano yamefichwa na Kora. Yanaweza kushirikiwa baada ya miadi kuthibitishwa.</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Ujumbe asili</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Picha %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Faili %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Tupa</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Ghairi upakiaji</translation>
    </message>
    <message>
        <source>Reaction %1, yours</source>
        <translation>Hisia %1, yako</translation>
    </message>
    <message>
        <source>Reaction %1</source>
        <translation>Hisia %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>Jumbe ambazo hazijasomwa</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Leo</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Jana</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date separator, this year</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>imehaririwa</translation>
    </message>
    <message>
        <source>edited %1</source>
        <comment>edited mark, then the time</comment>
        <translation>imehaririwa %1</translation>
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
        <translation>Hakuna aliyepatikana kwa “%1”.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Mazungumzo mapya</translation>
    </message>
    <message>
        <source>Search people by name or email</source>
        <translation>Tafuta watu kwa jina au barua pepe</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Tafuta watu</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Watu</translation>
    </message>
    <message>
        <source>Job title (optional)</source>
        <translation>Jina la kazi (si lazima)</translation>
    </message>
    <message>
        <source>Optional, e.g. Kitchen tiling</source>
        <translation>Si lazima, k.m. Kuweka vigae jikoni</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>About a &amp;job:</source>
        <translation>Kuhusu &amp;kazi:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Mtu:</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>Seva haifikiki. Kagua muunganisho wako na ujaribu tena.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>Seva haikujibu kwa wakati. Jaribu tena.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>Muunganisho salama na seva umeshindikana: %1</translation>
    </message>
    <message>
        <source>A network error occurred: %1</source>
        <translation>Hitilafu ya mtandao imetokea: %1</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Muda wa kikao chako umeisha. Ingia tena.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Huruhusiwi kufanya hivi.</translation>
    </message>
    <message>
        <source>That person or conversation no longer exists.</source>
        <translation>Mtu huyo au mazungumzo hayo hayapo tena.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Maombi mengi mno. Subiri kidogo kisha jaribu tena.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Kuna tatizo limetokea (%1).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Inatafuta…</translation>
    </message>
    <message>
        <source>%1 — in your conversations</source>
        <translation>%1 — katika mazungumzo yako</translation>
    </message>
    <message>
        <source>%1, in your conversations</source>
        <translation>%1, katika mazungumzo yako</translation>
    </message>
    <message>
        <source>There is nobody to write to yet.</source>
        <translation>Bado hakuna mtu wa kumwandikia.</translation>
    </message>
    <message>
        <source>Opening the conversation…</source>
        <translation>Inafungua mazungumzo…</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>Mazungumzo hayakuweza kuhifadhiwa: %1</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;Fungua mazungumzo</translation>
    </message>
    <message>
        <source>&amp;Start conversation</source>
        <translation>&amp;Anzisha mazungumzo</translation>
    </message>
</context>
<context>
    <name>kora::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Mapendeleo</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Mwonekano</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Arifa</translation>
    </message>
    <message>
        <source>Spell check</source>
        <translation>Ukaguzi wa tahajia</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaunti</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Mandhari</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Sawa na mfumo</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Angavu</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Giza</translation>
    </message>
    <message>
        <source>Applied at once, to every Kora window.</source>
        <translation>Inatumika mara moja, kwenye kila dirisha la Kora.</translation>
    </message>
    <message>
        <source>Kora reopens its window in the language you pick; what you were writing is kept.</source>
        <translation>Kora hufungua dirisha lake upya katika lugha unayochagua; ulichokuwa ukiandika kinahifadhiwa.</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Jumbe mpya</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Cheza sauti</translation>
    </message>
    <message>
        <source>Show the message text in notifications</source>
        <translation>Onyesha maandishi ya ujumbe kwenye arifa</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Usinisumbue</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Kwa saa 1</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hadi kesho</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Zima</translation>
    </message>
    <message>
        <source>Quiet every day from</source>
        <translation>Utulivu kila siku kuanzia</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Utulivu kuanzia</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hadi</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Utulivu hadi</translation>
    </message>
    <message>
        <source>Let @mentions and direct messages from important people through</source>
        <translation>Ruhusu @kutajwa na jumbe za moja kwa moja kutoka kwa watu muhimu</translation>
    </message>
    <message>
        <source>Mark someone as important from their conversation&apos;s menu in the list. Unread counts still show while it is quiet.</source>
        <translation>Mweke mtu kuwa muhimu kupitia menyu ya mazungumzo yake kwenye orodha. Idadi ya jumbe ambazo hazijasomwa bado huonekana wakati wa utulivu.</translation>
    </message>
    <message>
        <source>Spell-check language</source>
        <translation>Lugha ya tahajia</translation>
    </message>
    <message>
        <source>Follow the language of Kora</source>
        <translation>Fuata lugha ya Kora</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Imezimwa</translation>
    </message>
    <message>
        <source>No spell-check dictionary is installed (on Debian: the hunspell-* packages).</source>
        <translation>Hakuna kamusi ya tahajia iliyosakinishwa (kwenye Debian: vifurushi vya hunspell-*).</translation>
    </message>
    <message>
        <source>A conversation can use another language: right-click in the message box.</source>
        <translation>Mazungumzo yanaweza kutumia lugha nyingine: bofya kulia kwenye kisanduku cha ujumbe.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Toka</translation>
    </message>
    <message>
        <source>Sign out everywhere…</source>
        <translation>Toka kwenye vifaa vyote…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Seva: %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Mfanyakazi</translation>
    </message>
    <message>
        <source>Hirer</source>
        <translation>Mwajiri</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Msaada</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickReactionBar</name>
    <message>
        <source>Message actions</source>
        <translation>Vitendo vya ujumbe</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>Onyesha hisia %1</translation>
    </message>
    <message>
        <source>More reactions…</source>
        <translation>Hisia zaidi…</translation>
    </message>
    <message>
        <source>Reply (Ctrl+R)</source>
        <translation>Jibu (Ctrl+R)</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Vitendo zaidi</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickRepliesDialog</name>
    <message>
        <source>{name}, {first_name} and {job} are filled in from the conversation you insert the reply into.</source>
        <translation>{name}, {first_name} na {job} hujazwa kutoka kwa mazungumzo unayoweka jibu.</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Majibu ya haraka</translation>
    </message>
    <message>
        <source>Answers you give often, one click or a / away in the message field.</source>
        <translation>Majibu unayotoa mara kwa mara, kwa kubofya mara moja au kwa / kwenye sehemu ya ujumbe.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ongeza…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Hariri…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Futa</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sogeza &amp;juu</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Sogeza &amp;chini</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Ingiza…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Hamisha…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Imehifadhiwa.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Imefutwa.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Imeshindwa kuandika %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quick reply(ies) exported.</source>
        <translation>
            <numerusform>Jibu la haraka %n limehamishwa.</numerusform>
            <numerusform>Majibu ya haraka %n yamehamishwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Imeshindwa kusoma %1: %2</translation>
    </message>
    <message>
        <source>Nothing new to import: every reply in the file is already here.</source>
        <translation>Hakuna jipya la kuingiza: kila jibu katika faili tayari lipo hapa.</translation>
    </message>
    <message numerus="yes">
        <source>%n quick reply(ies) imported.</source>
        <translation>
            <numerusform>Jibu la haraka %n limeingizwa.</numerusform>
            <numerusform>Majibu ya haraka %n yameingizwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import quick replies</source>
        <translation>Ingiza majibu ya haraka</translation>
    </message>
    <message>
        <source>Quick replies (*.json)</source>
        <translation>Majibu ya haraka (*.json)</translation>
    </message>
    <message>
        <source>Export quick replies</source>
        <translation>Hamisha majibu ya haraka</translation>
    </message>
    <message>
        <source>kora-quick-replies</source>
        <translation>kora-majibu-ya-haraka</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickReplyEditor</name>
    <message>
        <source>New quick reply</source>
        <translation>Jibu jipya la haraka</translation>
    </message>
    <message>
        <source>Edit quick reply</source>
        <translation>Hariri jibu la haraka</translation>
    </message>
    <message>
        <source>e.g. Availability</source>
        <translation>k.m. Upatikanaji</translation>
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation>&amp;Kichwa (si lazima):</translation>
    </message>
    <message>
        <source>Hi {first_name}, thanks for your message about {job}…</source>
        <translation>Habari {first_name}, asante kwa ujumbe wako kuhusu {job}…</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Maandishi:</translation>
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
        <translation>Majibu ya haraka</translation>
    </message>
    <message>
        <source>Manage quick replies…</source>
        <translation>Simamia majibu ya haraka…</translation>
    </message>
    <message>
        <source>No quick replies yet. Save the answers you give often and insert them with / and a word from them.</source>
        <translation>Bado hakuna majibu ya haraka. Hifadhi majibu unayotoa mara kwa mara na uyaweke kwa / na neno kutoka kwayo.</translation>
    </message>
    <message>
        <source>No quick reply matches “%1”.</source>
        <translation>Hakuna jibu la haraka linalolingana na “%1”.</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickSwitcher</name>
    <message>
        <source>Quick switcher</source>
        <translation>Kibadilishi cha haraka</translation>
    </message>
    <message>
        <source>Jump to a conversation…</source>
        <translation>Nenda kwenye mazungumzo…</translation>
    </message>
    <message>
        <source>Conversation name</source>
        <translation>Jina la mazungumzo</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Mazungumzo yanayolingana</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuietHoursMenu</name>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Usinisumbue</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Kwa &amp;saa 1</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Hadi &amp;kesho</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Zima</translation>
    </message>
    <message>
        <source>&amp;Quiet hours…</source>
        <translation>Saa za &amp;utulivu…</translation>
    </message>
    <message>
        <source>Notifications on</source>
        <translation>Arifa zimewashwa</translation>
    </message>
    <message>
        <source>Quiet until %1</source>
        <translation>Utulivu hadi %1</translation>
    </message>
    <message>
        <source>Quiet until tomorrow, %1</source>
        <translation>Utulivu hadi kesho, %1</translation>
    </message>
    <message>
        <source>Quiet until %1, %2</source>
        <translation>Utulivu hadi %1, %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReactionActions</name>
    <message>
        <source>Could not react: %1</source>
        <translation>Imeshindwa kuonyesha hisia: %1</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Onyesha hisia</translation>
    </message>
    <message>
        <source>More reactions…</source>
        <translation>Hisia zaidi…</translation>
    </message>
    <message>
        <source>the message was deleted or takes no more reactions</source>
        <translation>ujumbe umefutwa au haupokei hisia tena</translation>
    </message>
    <message>
        <source>you cannot react in this conversation</source>
        <translation>huwezi kuonyesha hisia katika mazungumzo haya</translation>
    </message>
    <message>
        <source>the message is gone</source>
        <translation>ujumbe haupo tena</translation>
    </message>
    <message>
        <source>Your reaction %1 was not added: %2</source>
        <translation>Hisia yako %1 haikuongezwa: %2</translation>
    </message>
    <message>
        <source>Your reaction %1 was not removed: %2</source>
        <translation>Hisia yako %1 haikuondolewa: %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReactionStrip</name>
    <message>
        <source>You</source>
        <translation>Wewe</translation>
    </message>
    <message numerus="yes">
        <source>%n people reacted with %1</source>
        <translation>
            <numerusform>Mtu %n ameonyesha hisia %1</numerusform>
            <numerusform>Watu %n wameonyesha hisia %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more reacted with %2</source>
        <translation>
            <numerusform>%1 na mwingine %n wameonyesha hisia %2</numerusform>
            <numerusform>%1 na wengine %n wameonyesha hisia %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reacted with %2</source>
        <translation>%1 ameonyesha hisia %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReplyActions</name>
    <message>
        <source>Reply</source>
        <translation>Jibu</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReplyBar</name>
    <message>
        <source>Cancel the reply (Esc)</source>
        <translation>Ghairi jibu (Esc)</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>Ghairi jibu</translation>
    </message>
    <message>
        <source>Replying to %1:</source>
        <translation>Unamjibu %1:</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReplyQuote</name>
    <message>
        <source>You</source>
        <translation>Wewe</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Mtu fulani</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Ujumbe asili</translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation>Ujumbe uliofutwa</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Picha</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReportDialog</name>
    <message>
        <source>Spam or advertising</source>
        <translation>Barua taka au matangazo</translation>
    </message>
    <message>
        <source>A scam or fraud</source>
        <translation>Utapeli au ulaghai</translation>
    </message>
    <message>
        <source>Asks to pay or talk outside Kora</source>
        <translation>Anaomba kulipa au kuzungumza nje ya Kora</translation>
    </message>
    <message>
        <source>Harassment or threats</source>
        <translation>Unyanyasaji au vitisho</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Jambo jingine</translation>
    </message>
    <message>
        <source>Report to Kora support</source>
        <translation>Ripoti kwa msaada wa Kora</translation>
    </message>
    <message>
        <source>What is wrong with this message?</source>
        <translation>Ujumbe huu una tatizo gani?</translation>
    </message>
    <message>
        <source>What is wrong with this conversation?</source>
        <translation>Mazungumzo haya yana tatizo gani?</translation>
    </message>
    <message>
        <source>Tell support what happened (optional)</source>
        <translation>Ueleze msaada kilichotokea (si lazima)</translation>
    </message>
    <message>
        <source>Note for support</source>
        <translation>Maelezo kwa msaada</translation>
    </message>
    <message>
        <source>Also block %1</source>
        <translation>Pia mzuie %1</translation>
    </message>
    <message>
        <source>Support reads this conversation to look into it. No one is told who reported it.</source>
        <translation>Msaada husoma mazungumzo haya ili kuyachunguza. Hakuna anayeambiwa nani aliyeripoti.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Tuma ripoti</translation>
    </message>
</context>
<context>
    <name>kora::ui::ResolveReportDialog</name>
    <message>
        <source>Resolve report</source>
        <translation>Shughulikia ripoti</translation>
    </message>
    <message>
        <source>What was done about it? The resolution is kept with the report and in the audit log.</source>
        <translation>Nini kilifanyika kuhusu hili? Uamuzi huhifadhiwa pamoja na ripoti na kwenye kumbukumbu ya ukaguzi.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Uamuzi</translation>
    </message>
    <message>
        <source>For example: warned the provider, refunded the hirer</source>
        <translation>Kwa mfano: mtoa huduma ameonywa, mwajiri amerudishiwa pesa</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Shughulikia</translation>
    </message>
</context>
<context>
    <name>kora::ui::SafetyBanner</name>
    <message>
        <source>For your safety, keep payments and contact details on Kora until the booking is confirmed. If something goes wrong, support can only help with what happened here.</source>
        <translation>Kwa usalama wako, weka malipo na maelezo ya mawasiliano ndani ya Kora hadi miadi ithibitishwe. Tatizo likitokea, msaada unaweza kusaidia tu kuhusu kilichotokea hapa.</translation>
    </message>
    <message>
        <source>Got it, don&apos;t show this again here</source>
        <translation>Nimeelewa, usionyeshe hapa tena</translation>
    </message>
    <message>
        <source>Close the safety notice</source>
        <translation>Funga taarifa ya usalama</translation>
    </message>
</context>
<context>
    <name>kora::ui::SearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Tafuta jumbe</translation>
    </message>
    <message>
        <source>Search in %1</source>
        <translation>Tafuta katika %1</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>Tafuta katika mazungumzo haya</translation>
    </message>
    <message>
        <source>Search every conversation</source>
        <translation>Tafuta katika mazungumzo yote</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>Ya &amp;zamani</translation>
    </message>
    <message>
        <source>The older match (Down)</source>
        <translation>Tokeo la zamani zaidi (Chini)</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>Ya &amp;karibuni</translation>
    </message>
    <message>
        <source>The newer match (Up)</source>
        <translation>Tokeo la karibuni zaidi (Juu)</translation>
    </message>
    <message>
        <source>Type a word, or the start of one.</source>
        <translation>Andika neno, au mwanzo wake.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Inatafuta…</translation>
    </message>
    <message numerus="yes">
        <source>%n found here; searching older history…</source>
        <translation>
            <numerusform>%n limepatikana hapa; inatafuta historia ya zamani…</numerusform>
            <numerusform>%n yamepatikana hapa; inatafuta historia ya zamani…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found on this device. Offline: older history cannot be searched now.</source>
        <translation>Hakuna kilichopatikana kwenye kifaa hiki. Nje ya mtandao: historia ya zamani haiwezi kutafutwa sasa.</translation>
    </message>
    <message numerus="yes">
        <source>%n found on this device. Offline: older history cannot be searched now.</source>
        <translation>
            <numerusform>%n limepatikana kwenye kifaa hiki. Nje ya mtandao: historia ya zamani haiwezi kutafutwa sasa.</numerusform>
            <numerusform>%n yamepatikana kwenye kifaa hiki. Nje ya mtandao: historia ya zamani haiwezi kutafutwa sasa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the match shown, of all found</comment>
        <translation>%1 kati ya %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Hakuna kilichopatikana kwa “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>%n limepatikana.</numerusform>
            <numerusform>%n yamepatikana.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportConversationView</name>
    <message>
        <source>Export transcript…</source>
        <translation>Hamisha nakala…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Jumbe</translation>
    </message>
    <message>
        <source>The reported message is no longer in this conversation.</source>
        <translation>Ujumbe ulioripotiwa haupo tena katika mazungumzo haya.</translation>
    </message>
    <message>
        <source>Search on the left and pick a conversation to read it. Opening one is logged.</source>
        <translation>Tafuta upande wa kushoto na uchague mazungumzo ili kuyasoma. Kila ufunguaji unarekodiwa.</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Kazi: %1</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>Kazi: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Inapakia mazungumzo…</translation>
    </message>
    <message>
        <source>Could not open the conversation: %1</source>
        <translation>Imeshindwa kufungua mazungumzo: %1</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Inapakia jumbe za zamani…</translation>
    </message>
    <message>
        <source>Could not load older messages: %1</source>
        <translation>Imeshindwa kupakia jumbe za zamani: %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportReportsModel</name>
    <message>
        <source>Spam</source>
        <translation>Barua taka</translation>
    </message>
    <message>
        <source>Scam</source>
        <translation>Utapeli</translation>
    </message>
    <message>
        <source>Payment outside the platform</source>
        <translation>Malipo nje ya jukwaa</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Unyanyasaji</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Nyingine</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>Mshiriki</translation>
    </message>
    <message>
        <source>%1 (the conversation)</source>
        <translation>%1 (mazungumzo)</translation>
    </message>
    <message>
        <source>%1 (one message)</source>
        <translation>%1 (ujumbe mmoja)</translation>
    </message>
    <message>
        <source>Not known yet: open the report to see who it is (user %1)</source>
        <translation>Bado haijulikani: fungua ripoti kuona ni nani (mtumiaji %1)</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Hakuna maelezo</translation>
    </message>
    <message>
        <source>%1 (resolved %2)</source>
        <translation>%1 (imeshughulikiwa %2)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Imeripotiwa na</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Uamuzi</translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportReportsView</name>
    <message>
        <source>Conversations and messages that participants reported, newest first. Opening one is logged.</source>
        <translation>Mazungumzo na jumbe zilizoripotiwa na washiriki, za karibuni kwanza. Kila ufunguaji unarekodiwa.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Onyesha upya</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Zilizo wazi</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Zilizoshughulikiwa</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Ripoti</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Pakia zaidi</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Fungua mazungumzo</translation>
    </message>
    <message>
        <source>Shows the conversation at the reported message (Enter)</source>
        <translation>Inaonyesha mazungumzo kwenye ujumbe ulioripotiwa (Enter)</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Shughulikia…</translation>
    </message>
    <message>
        <source>Someone has resolved this report already. Refresh to see how.</source>
        <translation>Mtu tayari ameshughulikia ripoti hii. Onyesha upya kuona jinsi gani.</translation>
    </message>
    <message>
        <source>The server does not know this report.</source>
        <translation>Seva haiijui ripoti hii.</translation>
    </message>
    <message>
        <source>This account may not do that any more. Sign in again.</source>
        <translation>Akaunti hii haiwezi tena kufanya hivyo. Ingia tena.</translation>
    </message>
    <message>
        <source>Kora cannot reach the server. Check the connection and try again.</source>
        <translation>Kora haiwezi kufikia seva. Kagua muunganisho na ujaribu tena.</translation>
    </message>
    <message>
        <source>The server could not record this in the audit log, so nothing was done.</source>
        <translation>Seva haikuweza kurekodi hili kwenye kumbukumbu ya ukaguzi, kwa hiyo hakuna kilichofanyika.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <source>Could not load the reports: %1</source>
        <translation>Imeshindwa kupakia ripoti: %1</translation>
    </message>
    <message>
        <source>No open reports.</source>
        <translation>Hakuna ripoti zilizo wazi.</translation>
    </message>
    <message>
        <source>No resolved reports.</source>
        <translation>Hakuna ripoti zilizoshughulikiwa.</translation>
    </message>
    <message>
        <source>%1, reported by %2</source>
        <translation>%1, imeripotiwa na %2</translation>
    </message>
    <message>
        <source>Resolving the report…</source>
        <translation>Inashughulikia ripoti…</translation>
    </message>
    <message>
        <source>The report was not resolved: %1</source>
        <translation>Ripoti haikushughulikiwa: %1</translation>
    </message>
    <message>
        <source>Report resolved. It is listed under Resolved now.</source>
        <translation>Ripoti imeshughulikiwa. Sasa imeorodheshwa chini ya Zilizoshughulikiwa.</translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportSearchPane</name>
    <message>
        <source>Name, email or text in messages</source>
        <translation>Jina, barua pepe au maandishi ya jumbe</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tafuta:</translation>
    </message>
    <message>
        <source>Exact job id</source>
        <translation>Kitambulisho kamili cha kazi</translation>
    </message>
    <message>
        <source>&amp;Job id:</source>
        <translation>Kitambulisho cha &amp;kazi:</translation>
    </message>
    <message>
        <source>Active on or after</source>
        <translation>Hai tarehe hii au baadaye</translation>
    </message>
    <message>
        <source>Started on or before</source>
        <translation>Ilianza tarehe hii au kabla</translation>
    </message>
    <message>
        <source>Only conversations with activity on this day or later</source>
        <translation>Mazungumzo yenye shughuli siku hii au baadaye tu</translation>
    </message>
    <message>
        <source>Only conversations that began on this day or earlier</source>
        <translation>Mazungumzo yaliyoanza siku hii au kabla tu</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tafuta</translation>
    </message>
    <message>
        <source>Conversations found</source>
        <translation>Mazungumzo yaliyopatikana</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Matokeo zaidi</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Kazi: %1</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>Kazi: %1 (%2)</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Shughuli ya mwisho %1</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>Mwisho wa kipindi uko kabla ya mwanzo wake.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Inatafuta…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Utafutaji umeshindikana: %1</translation>
    </message>
    <message>
        <source>No conversations found.</source>
        <translation>Hakuna mazungumzo yaliyopatikana.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found.</source>
        <translation>
            <numerusform>Mazungumzo %n yamepatikana.</numerusform>
            <numerusform>Mazungumzo %n yamepatikana.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportWindow</name>
    <message>
        <source>Kora Support view (read-only) — %1</source>
        <translation>Kora Mwonekano wa msaada (kusoma tu) — %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Umeingia kama %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Toka</translation>
    </message>
    <message>
        <source>Kora cannot open its temporary data: %1</source>
        <translation>Kora haiwezi kufungua data yake ya muda: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>people (job)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Mazungumzo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Ripoti</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Kumbukumbu ya ukaguzi</translation>
    </message>
    <message>
        <source>Support view — read-only, access is logged</source>
        <translation>Mwonekano wa msaada — kusoma tu, ufikiaji unarekodiwa</translation>
    </message>
    <message>
        <source>Opening the reported conversation…</source>
        <translation>Inafungua mazungumzo yaliyoripotiwa…</translation>
    </message>
    <message>
        <source>Could not open the reported conversation: %1</source>
        <translation>Imeshindwa kufungua mazungumzo yaliyoripotiwa: %1</translation>
    </message>
    <message>
        <source>As HTML…</source>
        <translation>Kama HTML…</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>Kama PDF…</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Hamisha nakala</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Hati za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Kurasa za wavuti (*.html)</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Fungua mazungumzo kwanza.</translation>
    </message>
    <message>
        <source>Loading the whole conversation…</source>
        <translation>Inapakia mazungumzo yote…</translation>
    </message>
    <message>
        <source>Could not load the conversation: %1</source>
        <translation>Imeshindwa kupakia mazungumzo: %1</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so nothing was written: %1</source>
        <translation>Uhamishaji haukuweza kurekodiwa kwenye kumbukumbu ya ukaguzi, kwa hiyo hakuna kilichoandikwa: %1</translation>
    </message>
    <message>
        <source>Conversation transcript</source>
        <translation>Nakala ya mazungumzo</translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation>Nakala imehifadhiwa kwenye %1</translation>
    </message>
    <message>
        <source>Could not write the transcript: %1</source>
        <translation>Imeshindwa kuandika nakala: %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::TranscriptExporter</name>
    <message>
        <source>Conversation transcript</source>
        <translation>Nakala ya mazungumzo</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Mazungumzo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Washiriki</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Ilianza</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Jumbe</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Imehamishwa</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Mfumo</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Haijulikani (%1)</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Ujumbe umefutwa</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2, %3)</source>
        <translation>Kiambatisho: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>imehaririwa %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::TrustActions</name>
    <message>
        <source>Unblock</source>
        <translation>Ondoa kizuizi</translation>
    </message>
    <message>
        <source>You blocked %1. They cannot write to you here until you unblock them.</source>
        <translation>Umemzuia %1. Hawezi kukuandikia hapa hadi utakapomwondolea kizuizi.</translation>
    </message>
    <message>
        <source>Report conversation…</source>
        <translation>Ripoti mazungumzo…</translation>
    </message>
    <message>
        <source>Your report reached Kora support. Thank you.</source>
        <translation>Ripoti yako imefika kwa msaada wa Kora. Asante.</translation>
    </message>
    <message>
        <source>Your report was not taken: %1</source>
        <translation>Ripoti yako haikupokelewa: %1</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>mtu huyu</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Mwondolee kizuizi %1</translation>
    </message>
    <message>
        <source>Block %1…</source>
        <translation>Mzuie %1…</translation>
    </message>
    <message>
        <source>Report message…</source>
        <translation>Ripoti ujumbe…</translation>
    </message>
    <message>
        <source>Block %1?</source>
        <translation>Mzuie %1?</translation>
    </message>
    <message>
        <source>%1 will not be able to write to you, react or start a new conversation with you. You can both still read what was written, and you can unblock them at any time.</source>
        <translation>%1 hataweza kukuandikia, kuonyesha hisia wala kuanzisha mazungumzo mapya nawe. Nyote bado mnaweza kusoma kilichoandikwa, na unaweza kumwondolea kizuizi wakati wowote.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Zuia</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 amezuiwa.</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>%1 ameondolewa kizuizi.</translation>
    </message>
    <message>
        <source>Could not block %1: %2</source>
        <translation>Imeshindwa kumzuia %1: %2</translation>
    </message>
    <message>
        <source>Could not unblock %1: %2</source>
        <translation>Imeshindwa kumwondolea kizuizi %1: %2</translation>
    </message>
    <message>
        <source>Could not report: %1</source>
        <translation>Imeshindwa kuripoti: %1</translation>
    </message>
    <message>
        <source>Your report will be sent when you are back online.</source>
        <translation>Ripoti yako itatumwa utakaporudi mtandaoni.</translation>
    </message>
</context>
</TS>
