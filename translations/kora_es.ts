<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>kora::app::AppController</name>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Tu sesión ha caducado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Kora cannot open its local data: %1</source>
        <translation>Kora no puede abrir sus datos locales: %1</translation>
    </message>
    <message>
        <source>Sign in again; unsent messages are kept.</source>
        <translation>Vuelve a iniciar sesión; los mensajes no enviados se conservan.</translation>
    </message>
    <message>
        <source>Could not sign out everywhere: %1</source>
        <translation>No se pudo cerrar la sesión en todas partes: %1</translation>
    </message>
</context>
<context>
    <name>kora::app::LinkHandler</name>
    <message>
        <source>A support account cannot open conversations from links.</source>
        <translation>Una cuenta de soporte no puede abrir conversaciones desde enlaces.</translation>
    </message>
    <message>
        <source>Kora cannot open this link. %1</source>
        <translation>Kora no puede abrir este enlace. %1</translation>
    </message>
    <message>
        <source>This conversation is not one of yours, or it no longer exists.</source>
        <translation>Esta conversación no es tuya o ya no existe.</translation>
    </message>
    <message>
        <source>This link is for a conversation with yourself.</source>
        <translation>Este enlace es de una conversación contigo mismo.</translation>
    </message>
    <message>
        <source>Kora cannot look up the person of this link. %1</source>
        <translation>Kora no puede buscar a la persona de este enlace. %1</translation>
    </message>
    <message>
        <source>No one you can write to matches this link.</source>
        <translation>Este enlace no corresponde a nadie a quien puedas escribir.</translation>
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
        <translation>Mostrar Kora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>Kora — %n unread message(s)</source>
        <translation>
            <numerusform>Kora — %n mensaje sin leer</numerusform>
            <numerusform>Kora — %n mensajes sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Kora</source>
        <translation>Kora</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message>
        <source>%1 mentioned you in %2</source>
        <translation>%1 te ha mencionado en %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>kora::app::SingleInstance</name>
    <message>
        <source>Another Kora is starting and holds %1.</source>
        <translation>Otro Kora se está iniciando y ocupa %1.</translation>
    </message>
    <message>
        <source>The arguments are too long to hand over.</source>
        <translation>Los argumentos son demasiado largos para transferirlos.</translation>
    </message>
    <message>
        <source>The running Kora did not answer: %1</source>
        <translation>El Kora en ejecución no ha respondido: %1</translation>
    </message>
    <message>
        <source>The running Kora gave an unexpected answer.</source>
        <translation>El Kora en ejecución ha dado una respuesta inesperada.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>kora::app::TokenStore</name>
    <message>
        <source>Your system keychain is not available; you will stay signed in only until Kora closes.</source>
        <translation>El llavero del sistema no está disponible; seguirás con la sesión iniciada solo hasta que cierres Kora.</translation>
    </message>
</context>
<context>
    <name>kora::models::ClientSession</name>
    <message>
        <source>Your session has expired.</source>
        <translation>Tu sesión ha caducado.</translation>
    </message>
</context>
<context>
    <name>kora::models::ConversationListModel</name>
    <message>
        <source>Message deleted</source>
        <translation>Mensaje eliminado</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Aún no hay mensajes</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>kora::models::ImagePrep</name>
    <message>
        <source>“%1” could not be prepared: the folder %2 cannot be created.</source>
        <translation>No se pudo preparar «%1»: no se puede crear la carpeta %2.</translation>
    </message>
    <message>
        <source>“%1” could not be prepared: %2</source>
        <translation>No se pudo preparar «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is still too large after shrinking it (images can be up to %2).</source>
        <translation>«%1» sigue siendo demasiado grande tras reducirlo (las imágenes pueden ocupar hasta %2).</translation>
    </message>
    <message>
        <source>“%1” is too large (%2). Files can be up to %3.</source>
        <translation>«%1» es demasiado grande (%2). Los archivos pueden ocupar hasta %3.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” changed while it was being read. Try again.</source>
        <translation>«%1» cambió mientras se leía. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Attach the files inside it instead.</source>
        <translation>«%1» es una carpeta. Adjunta mejor los archivos que contiene.</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>No se encontró «%1».</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>No se puede leer «%1»: permiso denegado.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2). Images can be up to %3.</source>
        <translation>«%1» es demasiado grande (%2). Las imágenes pueden ocupar hasta %3.</translation>
    </message>
    <message>
        <source>“%1” is not a valid image or is damaged.</source>
        <translation>«%1» no es una imagen válida o está dañado.</translation>
    </message>
    <message>
        <source>“%1” is too large to open (%2 × %3 pixels).</source>
        <translation>«%1» es demasiado grande para abrirlo (%2 × %3 píxeles).</translation>
    </message>
    <message>
        <source>“%1” is too large to prepare (%2; at most %3).</source>
        <translation>«%1» es demasiado grande para prepararlo (%2; como máximo %3).</translation>
    </message>
</context>
<context>
    <name>kora::models::KoraLink</name>
    <message>
        <source>The link&apos;s parameters are malformed.</source>
        <translation>Los parámetros del enlace están mal formados.</translation>
    </message>
    <message>
        <source>The link has a parameter Kora does not know.</source>
        <translation>El enlace tiene un parámetro que Kora no conoce.</translation>
    </message>
    <message>
        <source>The link gives a parameter twice.</source>
        <translation>El enlace repite un parámetro.</translation>
    </message>
    <message>
        <source>The link does not name a Kora user.</source>
        <translation>El enlace no indica ningún usuario de Kora.</translation>
    </message>
    <message>
        <source>The link&apos;s job id is not valid.</source>
        <translation>El identificador de trabajo del enlace no es válido.</translation>
    </message>
    <message>
        <source>The link&apos;s job title contains characters Kora does not accept.</source>
        <translation>El título de trabajo del enlace contiene caracteres que Kora no acepta.</translation>
    </message>
    <message>
        <source>The link&apos;s job title is empty or too long.</source>
        <translation>El título de trabajo del enlace está vacío o es demasiado largo.</translation>
    </message>
    <message>
        <source>The link gives a job title without a job id.</source>
        <translation>El enlace da un título de trabajo sin identificador de trabajo.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>El enlace es demasiado largo.</translation>
    </message>
    <message>
        <source>The link contains spaces, control or non-ASCII characters.</source>
        <translation>El enlace contiene espacios, caracteres de control o caracteres no ASCII.</translation>
    </message>
    <message>
        <source>Only kora:// links can be opened in Kora.</source>
        <translation>En Kora solo se pueden abrir enlaces kora://.</translation>
    </message>
    <message>
        <source>The link&apos;s form is not one Kora accepts.</source>
        <translation>Kora no acepta esta forma de enlace.</translation>
    </message>
    <message>
        <source>The link does not name a conversation.</source>
        <translation>El enlace no indica ninguna conversación.</translation>
    </message>
    <message>
        <source>The link does not name a message.</source>
        <translation>El enlace no indica ningún mensaje.</translation>
    </message>
    <message>
        <source>Kora cannot open this kind of link.</source>
        <translation>Kora no puede abrir este tipo de enlace.</translation>
    </message>
</context>
<context>
    <name>kora::models::MessageListModel</name>
    <message>
        <source>you cannot write to this person</source>
        <translation>no puedes escribir a esta persona</translation>
    </message>
</context>
<context>
    <name>kora::models::Outbox</name>
    <message>
        <source>This message is not sent yet.</source>
        <translation>Este mensaje aún no se ha enviado.</translation>
    </message>
    <message>
        <source>Choose why you report this.</source>
        <translation>Elige por qué lo denuncias.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>La nota supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>Choose at least one file to send.</source>
        <translation>Elige al menos un archivo para enviar.</translation>
    </message>
    <message>
        <source>At most 10 files can go in one message.</source>
        <translation>Un mensaje puede llevar como máximo 10 archivos.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
</context>
<context>
    <name>kora::models::QuickReplies</name>
    <message>
        <source>A quick reply needs some text.</source>
        <translation>Una respuesta rápida necesita algo de texto.</translation>
    </message>
    <message>
        <source>A quick reply can be at most %1 characters long.</source>
        <translation>Una respuesta rápida puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A title can be at most %1 characters long.</source>
        <translation>Un título puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Could not save the quick replies: %1</source>
        <translation>No se pudieron guardar las respuestas rápidas: %1</translation>
    </message>
    <message>
        <source>You can keep at most %1 quick replies.</source>
        <translation>Puedes guardar como máximo %1 respuestas rápidas.</translation>
    </message>
    <message>
        <source>That quick reply is gone.</source>
        <translation>Esa respuesta rápida ya no existe.</translation>
    </message>
    <message>
        <source>There is no quick reply there.</source>
        <translation>Ahí no hay ninguna respuesta rápida.</translation>
    </message>
    <message>
        <source>This file is too large to be a list of quick replies.</source>
        <translation>Este archivo es demasiado grande para ser una lista de respuestas rápidas.</translation>
    </message>
    <message>
        <source>This file is not a list of quick replies (it is not valid JSON).</source>
        <translation>Este archivo no es una lista de respuestas rápidas (no es JSON válido).</translation>
    </message>
    <message>
        <source>This file is not a list of Kora quick replies.</source>
        <translation>Este archivo no es una lista de respuestas rápidas de Kora.</translation>
    </message>
    <message>
        <source>This file was written by a newer Kora; update Kora to import it.</source>
        <translation>Este archivo lo escribió una versión más reciente de Kora; actualiza Kora para importarlo.</translation>
    </message>
    <message>
        <source>Reply %1 in this file is not a quick reply.</source>
        <translation>La respuesta %1 de este archivo no es una respuesta rápida.</translation>
    </message>
    <message>
        <source>Reply %1 in this file: %2</source>
        <translation>Respuesta %1 de este archivo: %2</translation>
    </message>
    <message>
        <source>Importing these would make more than %1 quick replies.</source>
        <translation>Al importarlas habría más de %1 respuestas rápidas.</translation>
    </message>
</context>
<context>
    <name>kora::models::SystemLines</name>
    <message>
        <source>you</source>
        <comment>in a list of people added or removed</comment>
        <translation>ti</translation>
    </message>
    <message>
        <source>You renamed the group to “%1”</source>
        <translation>Has cambiado el nombre del grupo a «%1»</translation>
    </message>
    <message>
        <source>%1 renamed the group to “%2”</source>
        <translation>%1 ha cambiado el nombre del grupo a «%2»</translation>
    </message>
    <message>
        <source>You left</source>
        <translation>Has salido del grupo</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 ha salido del grupo</translation>
    </message>
    <message>
        <source>You added %1</source>
        <translation>Has añadido a %1</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <translation>%1 te ha añadido</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 ha añadido a %2</translation>
    </message>
    <message>
        <source>You removed %1</source>
        <translation>Has eliminado a %1</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <translation>%1 te ha eliminado</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>%1 ha eliminado a %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::AttachmentStrip</name>
    <message>
        <source>Attachments to send</source>
        <translation>Adjuntos para enviar</translation>
    </message>
    <message>
        <source>Remove this attachment</source>
        <translation>Quitar este adjunto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>kora::ui::AuditLogView</name>
    <message>
        <source>Every search, conversation opened, export, look at the reports queue and report resolved by support staff, newest first.</source>
        <translation>Cada búsqueda, conversación abierta, exportación, consulta de la cola de denuncias y denuncia resuelta por el personal de soporte, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Entradas anteriores</translation>
    </message>
    <message>
        <source>Viewed messages</source>
        <translation>Vio mensajes</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>Buscó</translation>
    </message>
    <message>
        <source>Exported a transcript</source>
        <translation>Exportó una transcripción</translation>
    </message>
    <message>
        <source>Read the reports queue</source>
        <translation>Consultó la cola de denuncias</translation>
    </message>
    <message>
        <source>Resolved a report</source>
        <translation>Resolvió una denuncia</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation>No se pudo cargar el registro de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>%n entrada mostrada.</numerusform>
            <numerusform>%n entradas mostradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::BlockedPeopleDialog</name>
    <message>
        <source>Blocked people</source>
        <translation>Personas bloqueadas</translation>
    </message>
    <message>
        <source>People you block cannot write to you, react or see you typing in your conversation with them. They are not told.</source>
        <translation>Las personas que bloqueas no pueden escribirte, reaccionar ni ver que escribes en tu conversación con ellas. No se les avisa.</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>You have not blocked anyone.</source>
        <translation>No has bloqueado a nadie.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>%1 está desbloqueado.</translation>
    </message>
    <message>
        <source>Could not unblock %1: %2</source>
        <translation>No se pudo desbloquear a %1: %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::BookingStatus</name>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
</context>
<context>
    <name>kora::ui::ChatPane</name>
    <message>
        <source>The file is not available.</source>
        <translation>El archivo no está disponible.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Guardar archivo</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Hirer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>last seen today at %1</source>
        <translation>últ. vez hoy a las %1</translation>
    </message>
    <message>
        <source>last seen yesterday at %1</source>
        <translation>últ. vez ayer a las %1</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>últ. vez %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the conversations</source>
        <translation>Volver a las conversaciones</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Person and job details (Ctrl+Shift+I)</source>
        <translation>Persona y trabajo (Ctrl+Mayús+I)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>More actions for this conversation</source>
        <translation>Más acciones para esta conversación</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <source>you</source>
        <comment>in a group&apos;s member list</comment>
        <translation>tú</translation>
    </message>
    <message numerus="yes">
        <source>%n people: %1</source>
        <comment>a group&apos;s members</comment>
        <translation>
            <numerusform>%n persona: %1</numerusform>
            <numerusform>%n personas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Job: %1 (#%2)</source>
        <translation>Trabajo: %1 (n.º %2)</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Trabajo: %1</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>Trabajo n.º %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 y %2 están escribiendo…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>Varias personas están escribiendo…</translation>
    </message>
    <message>
        <source>Choose a conversation to start chatting.
Your messages with workers and hirers show up here.</source>
        <translation>Elige una conversación para empezar a chatear.
Tus mensajes con profesionales y clientes aparecen aquí.</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Cargando mensajes anteriores…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Copy link to message</source>
        <translation>Copiar enlace al mensaje</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Reintentar envío</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Suelta archivos aquí para adjuntarlos</translation>
    </message>
    <message>
        <source>Images are resized to at most 2048 pixels. Files can be up to 25 MB.</source>
        <translation>Las imágenes se reducen a 2048 píxeles como máximo. Los archivos pueden ocupar hasta 25 MB.</translation>
    </message>
</context>
<context>
    <name>kora::ui::Composer</name>
    <message>
        <source>Editing message — Esc to cancel</source>
        <translation>Editando mensaje — Esc para cancelar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <source>Attach files or images (you can also drop or paste them)</source>
        <translation>Adjuntar archivos o imágenes (también puedes soltarlos o pegarlos)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Respuestas rápidas</translation>
    </message>
    <message>
        <source>Insert a quick reply (or type / and a word)</source>
        <translation>Insertar una respuesta rápida (o escribe / y una palabra)</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Insertar un emoji</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Format as code (select several lines for a code block). Bold: Ctrl+B, italic: Ctrl+I, strikethrough: Ctrl+Shift+X.</source>
        <translation>Formatear como código (selecciona varias líneas para un bloque de código). Negrita: Ctrl+B, cursiva: Ctrl+I, tachado: Ctrl+Mayús+X.</translation>
    </message>
    <message>
        <source>Format as code</source>
        <translation>Formatear como código</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Escribe un mensaje…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>Enviar (Intro). Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Sending as soon as the attachments are ready…</source>
        <translation>Se enviará en cuanto los adjuntos estén listos…</translation>
    </message>
    <message>
        <source>Too long: %1 / %2 characters. Shorten the message to send it.</source>
        <translation>Demasiado largo: %1 / %2 caracteres. Acorta el mensaje para enviarlo.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Add a caption (optional)…</source>
        <translation>Añade un pie de foto (opcional)…</translation>
    </message>
    <message>
        <source>Could not edit the message: %1</source>
        <translation>No se pudo editar el mensaje: %1</translation>
    </message>
    <message>
        <source>Could not queue the attachments: %1</source>
        <translation>No se pudieron poner en cola los adjuntos: %1</translation>
    </message>
    <message>
        <source>Could not queue the message: %1</source>
        <translation>No se pudo poner en cola el mensaje: %1</translation>
    </message>
    <message>
        <source>No quick replies yet</source>
        <translation>Aún no hay respuestas rápidas</translation>
    </message>
    <message>
        <source>Manage quick replies…</source>
        <translation>Gestionar respuestas rápidas…</translation>
    </message>
    <message>
        <source>At most %1 files can go in one message.</source>
        <translation>Un mensaje puede llevar como máximo %1 archivos.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <comment>file name of a pasted image, then date and time</comment>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <source>All files (*);;Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Todos los archivos (*);;Imágenes (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save edited message</source>
        <translation>Guardar mensaje editado</translation>
    </message>
</context>
<context>
    <name>kora::ui::ComposerEdit</name>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation>Tachado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
</context>
<context>
    <name>kora::ui::ComposerSpelling</name>
    <message>
        <source>Spell check is off: no dictionary is installed.</source>
        <translation>Corrector ortográfico desactivado: no hay ningún diccionario instalado.</translation>
    </message>
    <message>
        <source>Spell check is off: no dictionary for %1 is installed.</source>
        <translation>Corrector ortográfico desactivado: no hay ningún diccionario de %1 instalado.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>no dictionary</source>
        <translation>sin diccionario</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Añadir al diccionario</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Spell check language</source>
        <translation>Idioma del corrector</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <extracomment>The spell-check language set in Preferences, e.g. &quot;Default (Français (France))&quot;.</extracomment>
        <translation>Predeterminado (%1)</translation>
    </message>
</context>
<context>
    <name>kora::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n message(s) waiting</source>
        <translation>
            <numerusform>Sin conexión — %n mensaje en espera</numerusform>
            <numerusform>Sin conexión — %n mensajes en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — trying to reconnect</source>
        <translation>Sin conexión — intentando reconectar</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Enviando %n mensaje…</numerusform>
            <numerusform>Enviando %n mensajes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Reconectado</translation>
    </message>
    <message>
        <source>Signed out — sign in again</source>
        <translation>Sesión cerrada — vuelve a iniciarla</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
</context>
<context>
    <name>kora::ui::ContactNotice</name>
    <message>
        <source>Keep payments and contact on Kora until the booking is confirmed. This message has contact details in it.</source>
        <translation>Mantén los pagos y el contacto en Kora hasta que se confirme la reserva. Este mensaje contiene datos de contacto.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Editar el mensaje</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>Send the message with its contact details</source>
        <translation>Enviar el mensaje con sus datos de contacto</translation>
    </message>
</context>
<context>
    <name>kora::ui::ConversationDelegate</name>
    <message>
        <source>Worker</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Hirer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message numerus="yes">
        <source>Group · %n people</source>
        <comment>a group&apos;s members, in the list</comment>
        <translation>
            <numerusform>Grupo · %n persona</numerusform>
            <numerusform>Grupo · %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: </source>
        <translation>Borrador: </translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciada</translation>
    </message>
    <message>
        <source>job: %1</source>
        <translation>trabajo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::ConversationPane</name>
    <message>
        <source>New conversation…</source>
        <translation>Nueva conversación…</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Filter conversations by name or job (Ctrl+F)</source>
        <translation>Filtrar conversaciones por nombre o trabajo (Ctrl+F)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivadas</translation>
    </message>
    <message>
        <source>Conversation views</source>
        <translation>Vistas de conversaciones</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>Ninguna conversación coincide con «%1».</translation>
    </message>
    <message>
        <source>No archived conversations.</source>
        <translation>No hay conversaciones archivadas.</translation>
    </message>
    <message>
        <source>No conversations yet.
Start one with “+”.</source>
        <translation>Aún no hay conversaciones.
Empieza una con «+».</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>Acciones de la conversación</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <source>Unmute notifications</source>
        <translation>Activar notificaciones</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Silenciar notificaciones</translation>
    </message>
    <message>
        <source>Notify during quiet hours</source>
        <translation>Avisar durante las horas de silencio</translation>
    </message>
    <message>
        <source>Could not archive the conversation</source>
        <translation>No se pudo archivar la conversación</translation>
    </message>
    <message>
        <source>Could not unarchive the conversation</source>
        <translation>No se pudo desarchivar la conversación</translation>
    </message>
    <message>
        <source>Could not mark the conversation as read</source>
        <translation>No se pudo marcar la conversación como leída</translation>
    </message>
</context>
<context>
    <name>kora::ui::DeleteActions</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Keep the message (Ctrl+Z)</source>
        <translation>Conservar el mensaje (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Delete for everyone…</source>
        <translation>Eliminar para todos…</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <source>Delete for everyone?</source>
        <translation>¿Eliminar para todos?</translation>
    </message>
    <message>
        <source>The message is removed for everyone in this conversation. You can undo this for a few seconds.</source>
        <translation>El mensaje se elimina para todos en esta conversación. Puedes deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not delete the message: %1</source>
        <translation>No se pudo eliminar el mensaje: %1</translation>
    </message>
    <message>
        <source>Message deleted.</source>
        <translation>Mensaje eliminado.</translation>
    </message>
    <message>
        <source>Too late to undo: the message is already deleted.</source>
        <translation>Demasiado tarde para deshacer: el mensaje ya está eliminado.</translation>
    </message>
</context>
<context>
    <name>kora::ui::EmojiPicker</name>
    <message>
        <source>Frequently used</source>
        <translation>Usados con frecuencia</translation>
    </message>
    <message>
        <source>Smileys and emotion</source>
        <translation>Caras y emociones</translation>
    </message>
    <message>
        <source>People and body</source>
        <translation>Personas y cuerpo</translation>
    </message>
    <message>
        <source>Animals and nature</source>
        <translation>Animales y naturaleza</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Comida y bebida</translation>
    </message>
    <message>
        <source>Travel and places</source>
        <translation>Viajes y lugares</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Banderas</translation>
    </message>
    <message>
        <source>Pick an emoji</source>
        <translation>Elige un emoji</translation>
    </message>
    <message>
        <source>Search emoji</source>
        <translation>Buscar emoji</translation>
    </message>
    <message>
        <source>Emoji categories</source>
        <translation>Categorías de emoji</translation>
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
        <translation>Ya no estás en este grupo. Lo escrito antes sigue aquí para leerlo.</translation>
    </message>
    <message>
        <source>Rename group…</source>
        <translation>Cambiar nombre del grupo…</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>Añadir personas…</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Quitar del grupo</translation>
    </message>
    <message>
        <source>Leave group…</source>
        <translation>Salir del grupo…</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Cambiar nombre del grupo</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Nombre del grupo:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Could not rename the group: %1</source>
        <translation>No se pudo cambiar el nombre del grupo: %1</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>No se pudo quitar a %1: %2</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>Salir del grupo</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>¿Salir de «%1»?</translation>
    </message>
    <message>
        <source>You will no longer get its messages or be able to write in it. What was written stays here to read; someone in the group can add you again.</source>
        <translation>Ya no recibirás sus mensajes ni podrás escribir en él. Lo escrito sigue aquí para leerlo; alguien del grupo puede volver a añadirte.</translation>
    </message>
    <message>
        <source>Could not leave the group: %1</source>
        <translation>No se pudo salir del grupo: %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>e.g. Asante house renovation</source>
        <translation>p. ej., Reforma casa Asante</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Añadir personas</translation>
    </message>
    <message>
        <source>Search people by name or email</source>
        <translation>Buscar personas por nombre o correo</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>&amp;Crear grupo</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Nombre del grupo:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personas:</translation>
    </message>
    <message>
        <source>There is nobody else to add.</source>
        <translation>No hay nadie más a quien añadir.</translation>
    </message>
    <message>
        <source>Tick the people to add.</source>
        <translation>Marca las personas que quieres añadir.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen: %1</source>
        <comment>people ticked for a group</comment>
        <translation>
            <numerusform>%n elegida: %1</numerusform>
            <numerusform>%n elegidas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The group could not be saved: %1</source>
        <translation>No se pudo guardar el grupo: %1</translation>
    </message>
    <message>
        <source>Creating the group…</source>
        <translation>Creando el grupo…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
</context>
<context>
    <name>kora::ui::ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>Visor de imágenes</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>zoom level</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit to the window (0)</source>
        <translation>Ajustar a la ventana (0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size (1)</source>
        <translation>Tamaño real (1)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save the image (Ctrl+S)</source>
        <translation>Guardar la imagen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the image (Ctrl+C)</source>
        <translation>Copiar la imagen (Ctrl+C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Previous image</source>
        <translation>Imagen anterior</translation>
    </message>
    <message>
        <source>Previous image (Left arrow)</source>
        <translation>Imagen anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>Imagen siguiente</translation>
    </message>
    <message>
        <source>Next image (Right arrow)</source>
        <translation>Imagen siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>date · file name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>image position</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>The image could not be loaded.</source>
        <translation>No se pudo cargar la imagen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Previous image (Right arrow)</source>
        <translation>Imagen anterior (flecha derecha)</translation>
    </message>
    <message>
        <source>Next image (Left arrow)</source>
        <translation>Imagen siguiente (flecha izquierda)</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardada.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>The conversation is closed.</source>
        <translation>La conversación está cerrada.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
</context>
<context>
    <name>kora::ui::JobPanel</name>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (n.º %2)</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>Trabajo n.º %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Current job</source>
        <translation>Trabajo actual</translation>
    </message>
    <message>
        <source>Jobs together</source>
        <translation>Trabajos juntos</translation>
    </message>
    <message>
        <source>No bookings yet.</source>
        <translation>Aún no hay reservas.</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Novedades</translation>
    </message>
    <message>
        <source>Job and booking updates</source>
        <translation>Novedades de trabajos y reservas</translation>
    </message>
    <message>
        <source>Job and booking news from the marketplace shows up here.</source>
        <translation>Las novedades de trabajos y reservas de la plataforma aparecen aquí.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>You talk here since %1.</source>
        <translation>Habláis aquí desde el %1.</translation>
    </message>
    <message>
        <source>No job is linked to this conversation.</source>
        <translation>No hay ningún trabajo vinculado a esta conversación.</translation>
    </message>
</context>
<context>
    <name>kora::ui::LinkConfirmDialog</name>
    <message>
        <source>worker</source>
        <translation>profesional</translation>
    </message>
    <message>
        <source>hirer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>Open a conversation from a link</source>
        <translation>Abrir una conversación desde un enlace</translation>
    </message>
    <message>
        <source>A web page or another program asks Kora to open a conversation. Nothing happens unless you choose to open it.</source>
        <translation>Una página web u otro programa pide a Kora que abra una conversación. No pasa nada a menos que decidas abrirla.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No job is named.</source>
        <translation>No se indica ningún trabajo.</translation>
    </message>
    <message>
        <source>About job %1</source>
        <translation>Sobre el trabajo %1</translation>
    </message>
    <message>
        <source>About the job “%1” (%2)</source>
        <translation>Sobre el trabajo «%1» (%2)</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversación</translation>
    </message>
</context>
<context>
    <name>kora::ui::LoginDialog</name>
    <message>
        <source>Sign in to Kora</source>
        <translation>Iniciar sesión en Kora</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>tu@ejemplo.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Correo o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your connection.</source>
        <translation>No se puede conectar con el servidor %1. Comprueba la dirección y tu conexión.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again.</source>
        <translation>El servidor %1 no respondió a tiempo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted: %1</source>
        <translation>El certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute and try again.</source>
        <translation>Demasiados intentos de inicio de sesión. Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Enter a valid email address and password.</source>
        <translation>Introduce un correo y una contraseña válidos.</translation>
    </message>
    <message>
        <source>The server at %1 does not look like a Kora server.</source>
        <translation>El servidor %1 no parece un servidor de Kora.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Enter a server address such as https://chat.example.com.</source>
        <translation>Introduce una dirección de servidor, como https://chat.example.com.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Introduce tu correo y tu contraseña.</translation>
    </message>
</context>
<context>
    <name>kora::ui::MainWindow</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <source>&amp;Kora</source>
        <translation>&amp;Kora</translation>
    </message>
    <message>
        <source>Quick &amp;replies…</source>
        <translation>&amp;Respuestas rápidas…</translation>
    </message>
    <message>
        <source>&amp;Blocked people…</source>
        <translation>Personas &amp;bloqueadas…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere…</source>
        <translation>Cerrar sesión en &amp;todas partes…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Nueva conversación…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Nuevo &amp;grupo…</translation>
    </message>
    <message>
        <source>&amp;Quick switcher…</source>
        <translation>Cambio &amp;rápido…</translation>
    </message>
    <message>
        <source>&amp;Search messages…</source>
        <translation>&amp;Buscar mensajes…</translation>
    </message>
    <message>
        <source>Search in this con&amp;versation…</source>
        <translation>Buscar en esta con&amp;versación…</translation>
    </message>
    <message>
        <source>&amp;Find conversation</source>
        <translation>&amp;Encontrar conversación</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Conversación &amp;anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt conversation</source>
        <translation>Conversación s&amp;iguiente</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Silenciar notificaciones</translation>
    </message>
    <message>
        <source>Sign out everywhere?</source>
        <translation>¿Cerrar sesión en todas partes?</translation>
    </message>
    <message>
        <source>Every device signed in to this account, this one included, is signed out at once and must sign in again. Use it if a device was lost or someone else may know your password.</source>
        <translation>Todos los dispositivos con sesión iniciada en esta cuenta, incluido este, cierran la sesión a la vez y deberán iniciarla de nuevo. Úsalo si has perdido un dispositivo o si otra persona puede conocer tu contraseña.</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Cerrar sesión en todas partes</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
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
        <translation>No se puede leer la imagen.</translation>
    </message>
    <message>
        <source>The image is too large to show.</source>
        <translation>La imagen es demasiado grande para mostrarla.</translation>
    </message>
</context>
<context>
    <name>kora::ui::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation>Personas para mencionar</translation>
    </message>
</context>
<context>
    <name>kora::ui::MessageDelegate</name>
    <message>
        <source>Image not available</source>
        <translation>Imagen no disponible</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>file size · file type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (editado)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>date · delivery state</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
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
        <translation>Tú</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
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
        <translation>Mensaje eliminado</translation>
    </message>
    <message>
        <source>Contact details hidden by Kora. They can be shared once the booking is confirmed.</source>
        <translation>Datos de contacto ocultados por Kora. Se podrán compartir cuando se confirme la reserva.</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Mensaje original</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Cancelar subida</translation>
    </message>
    <message>
        <source>Reaction %1, yours</source>
        <translation>Reacción %1, la tuya</translation>
    </message>
    <message>
        <source>Reaction %1</source>
        <translation>Reacción %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>Mensajes sin leer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date separator, this year</comment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>edited %1</source>
        <comment>edited mark, then the time</comment>
        <translation>editado %1</translation>
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
        <translation>No se encontró a nadie para «%1».</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Search people by name or email</source>
        <translation>Buscar personas por nombre o correo</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Job title (optional)</source>
        <translation>Título del trabajo (opcional)</translation>
    </message>
    <message>
        <source>Optional, e.g. Kitchen tiling</source>
        <translation>Opcional, p. ej., Alicatado de cocina</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>About a &amp;job:</source>
        <translation>Sobre un &amp;trabajo:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>No se puede conectar con el servidor. Comprueba tu conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>El servidor no respondió a tiempo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>Falló la conexión segura con el servidor: %1</translation>
    </message>
    <message>
        <source>A network error occurred: %1</source>
        <translation>Se produjo un error de red: %1</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Tu sesión ha caducado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>No tienes permiso para hacer esto.</translation>
    </message>
    <message>
        <source>That person or conversation no longer exists.</source>
        <translation>Esa persona o conversación ya no existe.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Demasiadas solicitudes. Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Algo ha salido mal (%1).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>%1 — in your conversations</source>
        <translation>%1 — en tus conversaciones</translation>
    </message>
    <message>
        <source>%1, in your conversations</source>
        <translation>%1, en tus conversaciones</translation>
    </message>
    <message>
        <source>There is nobody to write to yet.</source>
        <translation>Aún no hay nadie a quien escribir.</translation>
    </message>
    <message>
        <source>Opening the conversation…</source>
        <translation>Abriendo la conversación…</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>No se pudo guardar la conversación: %1</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;Abrir conversación</translation>
    </message>
    <message>
        <source>&amp;Start conversation</source>
        <translation>&amp;Iniciar conversación</translation>
    </message>
</context>
<context>
    <name>kora::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Spell check</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Applied at once, to every Kora window.</source>
        <translation>Se aplica al instante a todas las ventanas de Kora.</translation>
    </message>
    <message>
        <source>Kora reopens its window in the language you pick; what you were writing is kept.</source>
        <translation>Kora vuelve a abrir su ventana en el idioma que elijas; lo que estabas escribiendo se conserva.</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Mensajes nuevos</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Reproducir un sonido</translation>
    </message>
    <message>
        <source>Show the message text in notifications</source>
        <translation>Mostrar el texto del mensaje en las notificaciones</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Quiet every day from</source>
        <translation>Silencio cada día de</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Silencio desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Silencio hasta</translation>
    </message>
    <message>
        <source>Let @mentions and direct messages from important people through</source>
        <translation>Dejar pasar las @menciones y los mensajes directos de personas importantes</translation>
    </message>
    <message>
        <source>Mark someone as important from their conversation&apos;s menu in the list. Unread counts still show while it is quiet.</source>
        <translation>Marca a alguien como importante desde el menú de su conversación en la lista. Los mensajes sin leer se siguen contando durante el silencio.</translation>
    </message>
    <message>
        <source>Spell-check language</source>
        <translation>Idioma del corrector</translation>
    </message>
    <message>
        <source>Follow the language of Kora</source>
        <translation>Seguir el idioma de Kora</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>No spell-check dictionary is installed (on Debian: the hunspell-* packages).</source>
        <translation>No hay ningún diccionario ortográfico instalado (en Debian: los paquetes hunspell-*).</translation>
    </message>
    <message>
        <source>A conversation can use another language: right-click in the message box.</source>
        <translation>Una conversación puede usar otro idioma: haz clic derecho en el cuadro de mensaje.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out everywhere…</source>
        <translation>Cerrar sesión en todas partes…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Hirer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickReactionBar</name>
    <message>
        <source>Message actions</source>
        <translation>Acciones del mensaje</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>Reaccionar con %1</translation>
    </message>
    <message>
        <source>More reactions…</source>
        <translation>Más reacciones…</translation>
    </message>
    <message>
        <source>Reply (Ctrl+R)</source>
        <translation>Responder (Ctrl+R)</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickRepliesDialog</name>
    <message>
        <source>{name}, {first_name} and {job} are filled in from the conversation you insert the reply into.</source>
        <translation>{name}, {first_name} y {job} se rellenan con los datos de la conversación en la que insertas la respuesta.</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Respuestas rápidas</translation>
    </message>
    <message>
        <source>Answers you give often, one click or a / away in the message field.</source>
        <translation>Respuestas que das a menudo, a un clic o a una / en el campo de mensaje.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quick reply(ies) exported.</source>
        <translation>
            <numerusform>%n respuesta rápida exportada.</numerusform>
            <numerusform>%n respuestas rápidas exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Nothing new to import: every reply in the file is already here.</source>
        <translation>Nada nuevo que importar: todas las respuestas del archivo ya están aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n quick reply(ies) imported.</source>
        <translation>
            <numerusform>%n respuesta rápida importada.</numerusform>
            <numerusform>%n respuestas rápidas importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import quick replies</source>
        <translation>Importar respuestas rápidas</translation>
    </message>
    <message>
        <source>Quick replies (*.json)</source>
        <translation>Respuestas rápidas (*.json)</translation>
    </message>
    <message>
        <source>Export quick replies</source>
        <translation>Exportar respuestas rápidas</translation>
    </message>
    <message>
        <source>kora-quick-replies</source>
        <translation>kora-respuestas-rapidas</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickReplyEditor</name>
    <message>
        <source>New quick reply</source>
        <translation>Nueva respuesta rápida</translation>
    </message>
    <message>
        <source>Edit quick reply</source>
        <translation>Editar respuesta rápida</translation>
    </message>
    <message>
        <source>e.g. Availability</source>
        <translation>p. ej., Disponibilidad</translation>
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation>&amp;Título (opcional):</translation>
    </message>
    <message>
        <source>Hi {first_name}, thanks for your message about {job}…</source>
        <translation>Hola, {first_name}: gracias por tu mensaje sobre {job}…</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
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
        <translation>Respuestas rápidas</translation>
    </message>
    <message>
        <source>Manage quick replies…</source>
        <translation>Gestionar respuestas rápidas…</translation>
    </message>
    <message>
        <source>No quick replies yet. Save the answers you give often and insert them with / and a word from them.</source>
        <translation>Aún no hay respuestas rápidas. Guarda las respuestas que das a menudo e insértalas con / y una de sus palabras.</translation>
    </message>
    <message>
        <source>No quick reply matches “%1”.</source>
        <translation>Ninguna respuesta rápida coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickSwitcher</name>
    <message>
        <source>Quick switcher</source>
        <translation>Cambio rápido</translation>
    </message>
    <message>
        <source>Jump to a conversation…</source>
        <translation>Ir a una conversación…</translation>
    </message>
    <message>
        <source>Conversation name</source>
        <translation>Nombre de la conversación</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Conversaciones coincidentes</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuietHoursMenu</name>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;No molestar</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Durante 1 &amp;hora</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Hasta &amp;mañana</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Quiet hours…</source>
        <translation>Horas de &amp;silencio…</translation>
    </message>
    <message>
        <source>Notifications on</source>
        <translation>Notificaciones activadas</translation>
    </message>
    <message>
        <source>Quiet until %1</source>
        <translation>Silencio hasta las %1</translation>
    </message>
    <message>
        <source>Quiet until tomorrow, %1</source>
        <translation>Silencio hasta mañana, %1</translation>
    </message>
    <message>
        <source>Quiet until %1, %2</source>
        <translation>Silencio hasta el %1, %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReactionActions</name>
    <message>
        <source>Could not react: %1</source>
        <translation>No se pudo reaccionar: %1</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <source>More reactions…</source>
        <translation>Más reacciones…</translation>
    </message>
    <message>
        <source>the message was deleted or takes no more reactions</source>
        <translation>el mensaje se eliminó o ya no admite reacciones</translation>
    </message>
    <message>
        <source>you cannot react in this conversation</source>
        <translation>no puedes reaccionar en esta conversación</translation>
    </message>
    <message>
        <source>the message is gone</source>
        <translation>el mensaje ya no existe</translation>
    </message>
    <message>
        <source>Your reaction %1 was not added: %2</source>
        <translation>Tu reacción %1 no se añadió: %2</translation>
    </message>
    <message>
        <source>Your reaction %1 was not removed: %2</source>
        <translation>Tu reacción %1 no se quitó: %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReactionStrip</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message numerus="yes">
        <source>%n people reacted with %1</source>
        <translation>
            <numerusform>Reacción %1: %n persona</numerusform>
            <numerusform>Reacción %1: %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more reacted with %2</source>
        <translation>
            <numerusform>Reacción %2: %1 y %n más</numerusform>
            <numerusform>Reacción %2: %1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reacted with %2</source>
        <translation>Reacción %2: %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReplyActions</name>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReplyBar</name>
    <message>
        <source>Cancel the reply (Esc)</source>
        <translation>Cancelar la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>Cancelar la respuesta</translation>
    </message>
    <message>
        <source>Replying to %1:</source>
        <translation>Respondiendo a %1:</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReplyQuote</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Mensaje original</translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation>Mensaje eliminado</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReportDialog</name>
    <message>
        <source>Spam or advertising</source>
        <translation>Spam o publicidad</translation>
    </message>
    <message>
        <source>A scam or fraud</source>
        <translation>Estafa o fraude</translation>
    </message>
    <message>
        <source>Asks to pay or talk outside Kora</source>
        <translation>Pide pagar o hablar fuera de Kora</translation>
    </message>
    <message>
        <source>Harassment or threats</source>
        <translation>Acoso o amenazas</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>Report to Kora support</source>
        <translation>Denunciar al soporte de Kora</translation>
    </message>
    <message>
        <source>What is wrong with this message?</source>
        <translation>¿Qué problema hay con este mensaje?</translation>
    </message>
    <message>
        <source>What is wrong with this conversation?</source>
        <translation>¿Qué problema hay con esta conversación?</translation>
    </message>
    <message>
        <source>Tell support what happened (optional)</source>
        <translation>Cuenta al soporte lo que ha pasado (opcional)</translation>
    </message>
    <message>
        <source>Note for support</source>
        <translation>Nota para el soporte</translation>
    </message>
    <message>
        <source>Also block %1</source>
        <translation>Bloquear también a %1</translation>
    </message>
    <message>
        <source>Support reads this conversation to look into it. No one is told who reported it.</source>
        <translation>El soporte lee esta conversación para investigarlo. Nadie sabe quién la ha denunciado.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Enviar denuncia</translation>
    </message>
</context>
<context>
    <name>kora::ui::ResolveReportDialog</name>
    <message>
        <source>Resolve report</source>
        <translation>Resolver denuncia</translation>
    </message>
    <message>
        <source>What was done about it? The resolution is kept with the report and in the audit log.</source>
        <translation>¿Qué se ha hecho al respecto? La resolución se guarda con la denuncia y en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>For example: warned the provider, refunded the hirer</source>
        <translation>Por ejemplo: profesional advertido, cliente reembolsado</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
</context>
<context>
    <name>kora::ui::SafetyBanner</name>
    <message>
        <source>For your safety, keep payments and contact details on Kora until the booking is confirmed. If something goes wrong, support can only help with what happened here.</source>
        <translation>Por tu seguridad, mantén los pagos y los datos de contacto en Kora hasta que se confirme la reserva. Si algo sale mal, el soporte solo puede ayudarte con lo que haya pasado aquí.</translation>
    </message>
    <message>
        <source>Got it, don&apos;t show this again here</source>
        <translation>Entendido, no volver a mostrar aquí</translation>
    </message>
    <message>
        <source>Close the safety notice</source>
        <translation>Cerrar el aviso de seguridad</translation>
    </message>
</context>
<context>
    <name>kora::ui::SearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Search in %1</source>
        <translation>Buscar en %1</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>Buscar en esta conversación</translation>
    </message>
    <message>
        <source>Search every conversation</source>
        <translation>Buscar en todas las conversaciones</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>Más &amp;antiguo</translation>
    </message>
    <message>
        <source>The older match (Down)</source>
        <translation>Coincidencia más antigua (Abajo)</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>Más &amp;reciente</translation>
    </message>
    <message>
        <source>The newer match (Up)</source>
        <translation>Coincidencia más reciente (Arriba)</translation>
    </message>
    <message>
        <source>Type a word, or the start of one.</source>
        <translation>Escribe una palabra o su comienzo.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%n found here; searching older history…</source>
        <translation>
            <numerusform>%n encontrado aquí; buscando en el historial anterior…</numerusform>
            <numerusform>%n encontrados aquí; buscando en el historial anterior…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found on this device. Offline: older history cannot be searched now.</source>
        <translation>No se encontró nada en este dispositivo. Sin conexión: ahora no se puede buscar en el historial anterior.</translation>
    </message>
    <message numerus="yes">
        <source>%n found on this device. Offline: older history cannot be searched now.</source>
        <translation>
            <numerusform>%n encontrado en este dispositivo. Sin conexión: ahora no se puede buscar en el historial anterior.</numerusform>
            <numerusform>%n encontrados en este dispositivo. Sin conexión: ahora no se puede buscar en el historial anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the match shown, of all found</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>No se encontró nada para «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>%n encontrado.</numerusform>
            <numerusform>%n encontrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportConversationView</name>
    <message>
        <source>Export transcript…</source>
        <translation>Exportar transcripción…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>The reported message is no longer in this conversation.</source>
        <translation>El mensaje denunciado ya no está en esta conversación.</translation>
    </message>
    <message>
        <source>Search on the left and pick a conversation to read it. Opening one is logged.</source>
        <translation>Busca a la izquierda y elige una conversación para leerla. Cada apertura queda registrada.</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Trabajo: %1</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>Trabajo: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Cargando la conversación…</translation>
    </message>
    <message>
        <source>Could not open the conversation: %1</source>
        <translation>No se pudo abrir la conversación: %1</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Cargando mensajes anteriores…</translation>
    </message>
    <message>
        <source>Could not load older messages: %1</source>
        <translation>No se pudieron cargar los mensajes anteriores: %1</translation>
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
        <translation>Estafa</translation>
    </message>
    <message>
        <source>Payment outside the platform</source>
        <translation>Pago fuera de la plataforma</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Acoso</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>Un participante</translation>
    </message>
    <message>
        <source>%1 (the conversation)</source>
        <translation>%1 (la conversación)</translation>
    </message>
    <message>
        <source>%1 (one message)</source>
        <translation>%1 (un mensaje)</translation>
    </message>
    <message>
        <source>Not known yet: open the report to see who it is (user %1)</source>
        <translation>Aún no se sabe: abre la denuncia para ver quién es (usuario %1)</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Sin nota</translation>
    </message>
    <message>
        <source>%1 (resolved %2)</source>
        <translation>%1 (resuelta el %2)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Denunciada por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportReportsView</name>
    <message>
        <source>Conversations and messages that participants reported, newest first. Opening one is logged.</source>
        <translation>Conversaciones y mensajes denunciados por los participantes, de lo más reciente a lo más antiguo. Cada apertura queda registrada.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Denuncias</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <source>Shows the conversation at the reported message (Enter)</source>
        <translation>Muestra la conversación en el mensaje denunciado (Intro)</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <source>Someone has resolved this report already. Refresh to see how.</source>
        <translation>Alguien ya ha resuelto esta denuncia. Actualiza para ver cómo.</translation>
    </message>
    <message>
        <source>The server does not know this report.</source>
        <translation>El servidor no conoce esta denuncia.</translation>
    </message>
    <message>
        <source>This account may not do that any more. Sign in again.</source>
        <translation>Esta cuenta ya no puede hacer eso. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Kora cannot reach the server. Check the connection and try again.</source>
        <translation>Kora no puede conectar con el servidor. Comprueba la conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server could not record this in the audit log, so nothing was done.</source>
        <translation>El servidor no pudo anotarlo en el registro de auditoría, así que no se hizo nada.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load the reports: %1</source>
        <translation>No se pudieron cargar las denuncias: %1</translation>
    </message>
    <message>
        <source>No open reports.</source>
        <translation>No hay denuncias abiertas.</translation>
    </message>
    <message>
        <source>No resolved reports.</source>
        <translation>No hay denuncias resueltas.</translation>
    </message>
    <message>
        <source>%1, reported by %2</source>
        <translation>%1, denunciada por %2</translation>
    </message>
    <message>
        <source>Resolving the report…</source>
        <translation>Resolviendo la denuncia…</translation>
    </message>
    <message>
        <source>The report was not resolved: %1</source>
        <translation>La denuncia no se resolvió: %1</translation>
    </message>
    <message>
        <source>Report resolved. It is listed under Resolved now.</source>
        <translation>Denuncia resuelta. Ahora aparece en «Resueltas».</translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportSearchPane</name>
    <message>
        <source>Name, email or text in messages</source>
        <translation>Nombre, correo o texto de los mensajes</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Exact job id</source>
        <translation>ID exacto del trabajo</translation>
    </message>
    <message>
        <source>&amp;Job id:</source>
        <translation>ID de &amp;trabajo:</translation>
    </message>
    <message>
        <source>Active on or after</source>
        <translation>Activa el día o después del</translation>
    </message>
    <message>
        <source>Started on or before</source>
        <translation>Iniciada el día o antes del</translation>
    </message>
    <message>
        <source>Only conversations with activity on this day or later</source>
        <translation>Solo conversaciones con actividad este día o después</translation>
    </message>
    <message>
        <source>Only conversations that began on this day or earlier</source>
        <translation>Solo conversaciones que empezaron este día o antes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Conversations found</source>
        <translation>Conversaciones encontradas</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Más resultados</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Trabajo: %1</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>Trabajo: %1 (%2)</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Última actividad %1</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>El final del intervalo de fechas es anterior a su inicio.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Error en la búsqueda: %1</translation>
    </message>
    <message>
        <source>No conversations found.</source>
        <translation>No se encontraron conversaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found.</source>
        <translation>
            <numerusform>%n conversación encontrada.</numerusform>
            <numerusform>%n conversaciones encontradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportWindow</name>
    <message>
        <source>Kora Support view (read-only) — %1</source>
        <translation>Kora Vista de soporte (solo lectura) — %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Kora cannot open its temporary data: %1</source>
        <translation>Kora no puede abrir sus datos temporales: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>people (job)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Denuncias</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Support view — read-only, access is logged</source>
        <translation>Vista de soporte — solo lectura, los accesos quedan registrados</translation>
    </message>
    <message>
        <source>Opening the reported conversation…</source>
        <translation>Abriendo la conversación denunciada…</translation>
    </message>
    <message>
        <source>Could not open the reported conversation: %1</source>
        <translation>No se pudo abrir la conversación denunciada: %1</translation>
    </message>
    <message>
        <source>As HTML…</source>
        <translation>Como HTML…</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>Como PDF…</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Exportar transcripción</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Abre primero una conversación.</translation>
    </message>
    <message>
        <source>Loading the whole conversation…</source>
        <translation>Cargando toda la conversación…</translation>
    </message>
    <message>
        <source>Could not load the conversation: %1</source>
        <translation>No se pudo cargar la conversación: %1</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so nothing was written: %1</source>
        <translation>No se pudo anotar la exportación en el registro de auditoría, así que no se escribió nada: %1</translation>
    </message>
    <message>
        <source>Conversation transcript</source>
        <translation>Transcripción de la conversación</translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation>Transcripción guardada en %1</translation>
    </message>
    <message>
        <source>Could not write the transcript: %1</source>
        <translation>No se pudo escribir la transcripción: %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::TranscriptExporter</name>
    <message>
        <source>Conversation transcript</source>
        <translation>Transcripción de la conversación</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportada</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Desconocido (%1)</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Mensaje eliminado</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2, %3)</source>
        <translation>Adjunto: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>editado el %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::TrustActions</name>
    <message>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>You blocked %1. They cannot write to you here until you unblock them.</source>
        <translation>Has bloqueado a %1. No puede escribirte aquí hasta que lo desbloquees.</translation>
    </message>
    <message>
        <source>Report conversation…</source>
        <translation>Denunciar conversación…</translation>
    </message>
    <message>
        <source>Your report reached Kora support. Thank you.</source>
        <translation>Tu denuncia ha llegado al soporte de Kora. Gracias.</translation>
    </message>
    <message>
        <source>Your report was not taken: %1</source>
        <translation>Tu denuncia no se aceptó: %1</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Desbloquear a %1</translation>
    </message>
    <message>
        <source>Block %1…</source>
        <translation>Bloquear a %1…</translation>
    </message>
    <message>
        <source>Report message…</source>
        <translation>Denunciar mensaje…</translation>
    </message>
    <message>
        <source>Block %1?</source>
        <translation>¿Bloquear a %1?</translation>
    </message>
    <message>
        <source>%1 will not be able to write to you, react or start a new conversation with you. You can both still read what was written, and you can unblock them at any time.</source>
        <translation>%1 no podrá escribirte, reaccionar ni iniciar una conversación nueva contigo. Los dos podréis seguir leyendo lo escrito, y puedes desbloquearlo cuando quieras.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 está bloqueado.</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>%1 está desbloqueado.</translation>
    </message>
    <message>
        <source>Could not block %1: %2</source>
        <translation>No se pudo bloquear a %1: %2</translation>
    </message>
    <message>
        <source>Could not unblock %1: %2</source>
        <translation>No se pudo desbloquear a %1: %2</translation>
    </message>
    <message>
        <source>Could not report: %1</source>
        <translation>No se pudo denunciar: %1</translation>
    </message>
    <message>
        <source>Your report will be sent when you are back online.</source>
        <translation>Tu denuncia se enviará cuando vuelvas a estar conectado.</translation>
    </message>
</context>
</TS>
