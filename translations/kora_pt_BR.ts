<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>kora::app::AppController</name>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Sua sessão expirou. Entre novamente.</translation>
    </message>
    <message>
        <source>Kora cannot open its local data: %1</source>
        <translation>O Kora não consegue abrir seus dados locais: %1</translation>
    </message>
    <message>
        <source>Sign in again; unsent messages are kept.</source>
        <translation>Entre novamente; as mensagens não enviadas são mantidas.</translation>
    </message>
    <message>
        <source>Could not sign out everywhere: %1</source>
        <translation>Não foi possível sair de todos os dispositivos: %1</translation>
    </message>
</context>
<context>
    <name>kora::app::LinkHandler</name>
    <message>
        <source>A support account cannot open conversations from links.</source>
        <translation>Uma conta de suporte não pode abrir conversas a partir de links.</translation>
    </message>
    <message>
        <source>Kora cannot open this link. %1</source>
        <translation>O Kora não consegue abrir este link. %1</translation>
    </message>
    <message>
        <source>This conversation is not one of yours, or it no longer exists.</source>
        <translation>Esta conversa não é sua ou não existe mais.</translation>
    </message>
    <message>
        <source>This link is for a conversation with yourself.</source>
        <translation>Este link é para uma conversa com você mesmo.</translation>
    </message>
    <message>
        <source>Kora cannot look up the person of this link. %1</source>
        <translation>O Kora não consegue encontrar a pessoa deste link. %1</translation>
    </message>
    <message>
        <source>No one you can write to matches this link.</source>
        <translation>Ninguém para quem você pode escrever corresponde a este link.</translation>
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
        <translation>Mostrar o Kora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Encerrar</translation>
    </message>
    <message numerus="yes">
        <source>Kora — %n unread message(s)</source>
        <translation>
            <numerusform>Kora — %n mensagem não lida</numerusform>
            <numerusform>Kora — %n mensagens não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Kora</source>
        <translation>Kora</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <source>%1 mentioned you in %2</source>
        <translation>%1 mencionou você em %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
    </message>
</context>
<context>
    <name>kora::app::SingleInstance</name>
    <message>
        <source>Another Kora is starting and holds %1.</source>
        <translation>Outro Kora está iniciando e ocupa %1.</translation>
    </message>
    <message>
        <source>The arguments are too long to hand over.</source>
        <translation>Os argumentos são longos demais para serem repassados.</translation>
    </message>
    <message>
        <source>The running Kora did not answer: %1</source>
        <translation>O Kora em execução não respondeu: %1</translation>
    </message>
    <message>
        <source>The running Kora gave an unexpected answer.</source>
        <translation>O Kora em execução deu uma resposta inesperada.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Não foi possível escutar em %1: %2</translation>
    </message>
</context>
<context>
    <name>kora::app::TokenStore</name>
    <message>
        <source>Your system keychain is not available; you will stay signed in only until Kora closes.</source>
        <translation>O chaveiro do sistema não está disponível; você ficará conectado só até fechar o Kora.</translation>
    </message>
</context>
<context>
    <name>kora::models::ClientSession</name>
    <message>
        <source>Your session has expired.</source>
        <translation>Sua sessão expirou.</translation>
    </message>
</context>
<context>
    <name>kora::models::ConversationListModel</name>
    <message>
        <source>Message deleted</source>
        <translation>Mensagem apagada</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Nenhuma mensagem ainda</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Você: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
</context>
<context>
    <name>kora::models::ImagePrep</name>
    <message>
        <source>“%1” could not be prepared: the folder %2 cannot be created.</source>
        <translation>Não foi possível preparar “%1”: a pasta %2 não pode ser criada.</translation>
    </message>
    <message>
        <source>“%1” could not be prepared: %2</source>
        <translation>Não foi possível preparar “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is still too large after shrinking it (images can be up to %2).</source>
        <translation>“%1” ainda está grande demais depois de reduzido (imagens podem ter até %2).</translation>
    </message>
    <message>
        <source>“%1” is too large (%2). Files can be up to %3.</source>
        <translation>“%1” é grande demais (%2). Arquivos podem ter até %3.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Não foi possível ler “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” changed while it was being read. Try again.</source>
        <translation>“%1” mudou enquanto era lido. Tente novamente.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Attach the files inside it instead.</source>
        <translation>“%1” é uma pasta. Anexe os arquivos que estão nela.</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>“%1” não foi encontrado.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>Não foi possível ler “%1”: permissão negada.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” está vazio.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2). Images can be up to %3.</source>
        <translation>“%1” é grande demais (%2). Imagens podem ter até %3.</translation>
    </message>
    <message>
        <source>“%1” is not a valid image or is damaged.</source>
        <translation>“%1” não é uma imagem válida ou está danificado.</translation>
    </message>
    <message>
        <source>“%1” is too large to open (%2 × %3 pixels).</source>
        <translation>“%1” é grande demais para abrir (%2 × %3 pixels).</translation>
    </message>
    <message>
        <source>“%1” is too large to prepare (%2; at most %3).</source>
        <translation>“%1” é grande demais para preparar (%2; no máximo %3).</translation>
    </message>
</context>
<context>
    <name>kora::models::KoraLink</name>
    <message>
        <source>The link&apos;s parameters are malformed.</source>
        <translation>Os parâmetros do link estão malformados.</translation>
    </message>
    <message>
        <source>The link has a parameter Kora does not know.</source>
        <translation>O link tem um parâmetro que o Kora não conhece.</translation>
    </message>
    <message>
        <source>The link gives a parameter twice.</source>
        <translation>O link informa um parâmetro duas vezes.</translation>
    </message>
    <message>
        <source>The link does not name a Kora user.</source>
        <translation>O link não indica um usuário do Kora.</translation>
    </message>
    <message>
        <source>The link&apos;s job id is not valid.</source>
        <translation>O ID do serviço no link não é válido.</translation>
    </message>
    <message>
        <source>The link&apos;s job title contains characters Kora does not accept.</source>
        <translation>O título do serviço no link contém caracteres que o Kora não aceita.</translation>
    </message>
    <message>
        <source>The link&apos;s job title is empty or too long.</source>
        <translation>O título do serviço no link está vazio ou é longo demais.</translation>
    </message>
    <message>
        <source>The link gives a job title without a job id.</source>
        <translation>O link informa um título de serviço sem ID do serviço.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>O link é longo demais.</translation>
    </message>
    <message>
        <source>The link contains spaces, control or non-ASCII characters.</source>
        <translation>O link contém espaços, caracteres de controle ou não ASCII.</translation>
    </message>
    <message>
        <source>Only kora:// links can be opened in Kora.</source>
        <translation>Só links kora:// podem ser abertos no Kora.</translation>
    </message>
    <message>
        <source>The link&apos;s form is not one Kora accepts.</source>
        <translation>O formato do link não é aceito pelo Kora.</translation>
    </message>
    <message>
        <source>The link does not name a conversation.</source>
        <translation>O link não indica uma conversa.</translation>
    </message>
    <message>
        <source>The link does not name a message.</source>
        <translation>O link não indica uma mensagem.</translation>
    </message>
    <message>
        <source>Kora cannot open this kind of link.</source>
        <translation>O Kora não consegue abrir este tipo de link.</translation>
    </message>
</context>
<context>
    <name>kora::models::MessageListModel</name>
    <message>
        <source>you cannot write to this person</source>
        <translation>você não pode escrever para esta pessoa</translation>
    </message>
</context>
<context>
    <name>kora::models::Outbox</name>
    <message>
        <source>This message is not sent yet.</source>
        <translation>Esta mensagem ainda não foi enviada.</translation>
    </message>
    <message>
        <source>Choose why you report this.</source>
        <translation>Escolha o motivo da denúncia.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>A observação tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <source>Choose at least one file to send.</source>
        <translation>Escolha pelo menos um arquivo para enviar.</translation>
    </message>
    <message>
        <source>At most 10 files can go in one message.</source>
        <translation>Uma mensagem pode ter no máximo 10 arquivos.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
</context>
<context>
    <name>kora::models::QuickReplies</name>
    <message>
        <source>A quick reply needs some text.</source>
        <translation>Uma resposta rápida precisa de texto.</translation>
    </message>
    <message>
        <source>A quick reply can be at most %1 characters long.</source>
        <translation>Uma resposta rápida pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A title can be at most %1 characters long.</source>
        <translation>Um título pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Could not save the quick replies: %1</source>
        <translation>Não foi possível salvar as respostas rápidas: %1</translation>
    </message>
    <message>
        <source>You can keep at most %1 quick replies.</source>
        <translation>Você pode ter no máximo %1 respostas rápidas.</translation>
    </message>
    <message>
        <source>That quick reply is gone.</source>
        <translation>Essa resposta rápida não existe mais.</translation>
    </message>
    <message>
        <source>There is no quick reply there.</source>
        <translation>Não há resposta rápida aí.</translation>
    </message>
    <message>
        <source>This file is too large to be a list of quick replies.</source>
        <translation>Este arquivo é grande demais para ser uma lista de respostas rápidas.</translation>
    </message>
    <message>
        <source>This file is not a list of quick replies (it is not valid JSON).</source>
        <translation>Este arquivo não é uma lista de respostas rápidas (não é um JSON válido).</translation>
    </message>
    <message>
        <source>This file is not a list of Kora quick replies.</source>
        <translation>Este arquivo não é uma lista de respostas rápidas do Kora.</translation>
    </message>
    <message>
        <source>This file was written by a newer Kora; update Kora to import it.</source>
        <translation>Este arquivo foi gravado por um Kora mais novo; atualize o Kora para importá-lo.</translation>
    </message>
    <message>
        <source>Reply %1 in this file is not a quick reply.</source>
        <translation>A resposta %1 deste arquivo não é uma resposta rápida.</translation>
    </message>
    <message>
        <source>Reply %1 in this file: %2</source>
        <translation>Resposta %1 deste arquivo: %2</translation>
    </message>
    <message>
        <source>Importing these would make more than %1 quick replies.</source>
        <translation>Importá-las ultrapassaria %1 respostas rápidas.</translation>
    </message>
</context>
<context>
    <name>kora::models::SystemLines</name>
    <message>
        <source>you</source>
        <comment>in a list of people added or removed</comment>
        <translation>você</translation>
    </message>
    <message>
        <source>You renamed the group to “%1”</source>
        <translation>Você renomeou o grupo para “%1”</translation>
    </message>
    <message>
        <source>%1 renamed the group to “%2”</source>
        <translation>%1 renomeou o grupo para “%2”</translation>
    </message>
    <message>
        <source>You left</source>
        <translation>Você saiu</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 saiu</translation>
    </message>
    <message>
        <source>You added %1</source>
        <translation>Você adicionou %1</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <translation>%1 adicionou você</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 adicionou %2</translation>
    </message>
    <message>
        <source>You removed %1</source>
        <translation>Você removeu %1</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <translation>%1 removeu você</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>%1 removeu %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::AttachmentStrip</name>
    <message>
        <source>Attachments to send</source>
        <translation>Anexos a enviar</translation>
    </message>
    <message>
        <source>Remove this attachment</source>
        <translation>Remover este anexo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
</context>
<context>
    <name>kora::ui::AuditLogView</name>
    <message>
        <source>Every search, conversation opened, export, look at the reports queue and report resolved by support staff, newest first.</source>
        <translation>Cada busca, conversa aberta, exportação, consulta à fila de denúncias e denúncia resolvida pela equipe de suporte, da mais recente à mais antiga.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Entradas mais antigas</translation>
    </message>
    <message>
        <source>Viewed messages</source>
        <translation>Viu mensagens</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>Fez uma busca</translation>
    </message>
    <message>
        <source>Exported a transcript</source>
        <translation>Exportou uma transcrição</translation>
    </message>
    <message>
        <source>Read the reports queue</source>
        <translation>Consultou a fila de denúncias</translation>
    </message>
    <message>
        <source>Resolved a report</source>
        <translation>Resolveu uma denúncia</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation>Não foi possível carregar o registro de auditoria: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>%n entrada exibida.</numerusform>
            <numerusform>%n entradas exibidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::BlockedPeopleDialog</name>
    <message>
        <source>Blocked people</source>
        <translation>Pessoas bloqueadas</translation>
    </message>
    <message>
        <source>People you block cannot write to you, react or see you typing in your conversation with them. They are not told.</source>
        <translation>As pessoas que você bloqueia não podem escrever para você, reagir nem ver você digitando na conversa com elas. Elas não são avisadas.</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>You have not blocked anyone.</source>
        <translation>Você não bloqueou ninguém.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>%1 foi desbloqueado(a).</translation>
    </message>
    <message>
        <source>Could not unblock %1: %2</source>
        <translation>Não foi possível desbloquear %1: %2</translation>
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
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paga</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Em disputa</translation>
    </message>
</context>
<context>
    <name>kora::ui::ChatPane</name>
    <message>
        <source>The file is not available.</source>
        <translation>O arquivo não está disponível.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Salvar arquivo</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Não foi possível salvar o arquivo: %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Prestador</translation>
    </message>
    <message>
        <source>Hirer</source>
        <translation>Contratante</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Suporte</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>last seen today at %1</source>
        <translation>visto hoje às %1</translation>
    </message>
    <message>
        <source>last seen yesterday at %1</source>
        <translation>visto ontem às %1</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>visto %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Back to the conversations</source>
        <translation>Voltar às conversas</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Person and job details (Ctrl+Shift+I)</source>
        <translation>Pessoa e serviço (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>More actions for this conversation</source>
        <translation>Mais ações para esta conversa</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Mais ações</translation>
    </message>
    <message>
        <source>you</source>
        <comment>in a group&apos;s member list</comment>
        <translation>você</translation>
    </message>
    <message numerus="yes">
        <source>%n people: %1</source>
        <comment>a group&apos;s members</comment>
        <translation>
            <numerusform>%n pessoa: %1</numerusform>
            <numerusform>%n pessoas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Job: %1 (#%2)</source>
        <translation>Serviço: %1 (nº %2)</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Serviço: %1</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>Serviço nº %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está digitando…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 e %2 estão digitando…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>Várias pessoas estão digitando…</translation>
    </message>
    <message>
        <source>Choose a conversation to start chatting.
Your messages with workers and hirers show up here.</source>
        <translation>Escolha uma conversa para começar a conversar.
Suas mensagens com prestadores e contratantes aparecem aqui.</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Carregando mensagens anteriores…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Ir para a mensagem mais recente</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nova mensagem</numerusform>
            <numerusform>%n novas mensagens</numerusform>
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
        <translation>Copiar link da mensagem</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Tentar enviar de novo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Solte arquivos aqui para anexá-los</translation>
    </message>
    <message>
        <source>Images are resized to at most 2048 pixels. Files can be up to 25 MB.</source>
        <translation>As imagens são reduzidas para no máximo 2048 pixels. Arquivos podem ter até 25 MB.</translation>
    </message>
</context>
<context>
    <name>kora::ui::Composer</name>
    <message>
        <source>Editing message — Esc to cancel</source>
        <translation>Editando a mensagem — Esc para cancelar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edição</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anexar</translation>
    </message>
    <message>
        <source>Attach files or images (you can also drop or paste them)</source>
        <translation>Anexar arquivos ou imagens (você também pode arrastar ou colar)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Respostas rápidas</translation>
    </message>
    <message>
        <source>Insert a quick reply (or type / and a word)</source>
        <translation>Inserir uma resposta rápida (ou digite / e uma palavra)</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Inserir um emoji</translation>
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
        <translation>Formatar como código (selecione várias linhas para um bloco de código). Negrito: Ctrl+B, itálico: Ctrl+I, tachado: Ctrl+Shift+X.</translation>
    </message>
    <message>
        <source>Format as code</source>
        <translation>Formatar como código</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Escreva uma mensagem…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>Enviar (Enter). Shift+Enter começa uma nova linha.</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <source>Sending as soon as the attachments are ready…</source>
        <translation>Será enviado assim que os anexos estiverem prontos…</translation>
    </message>
    <message>
        <source>Too long: %1 / %2 characters. Shorten the message to send it.</source>
        <translation>Longa demais: %1 / %2 caracteres. Encurte a mensagem para enviá-la.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Add a caption (optional)…</source>
        <translation>Adicionar legenda (opcional)…</translation>
    </message>
    <message>
        <source>Could not edit the message: %1</source>
        <translation>Não foi possível editar a mensagem: %1</translation>
    </message>
    <message>
        <source>Could not queue the attachments: %1</source>
        <translation>Não foi possível colocar os anexos na fila: %1</translation>
    </message>
    <message>
        <source>Could not queue the message: %1</source>
        <translation>Não foi possível colocar a mensagem na fila: %1</translation>
    </message>
    <message>
        <source>No quick replies yet</source>
        <translation>Nenhuma resposta rápida ainda</translation>
    </message>
    <message>
        <source>Manage quick replies…</source>
        <translation>Gerenciar respostas rápidas…</translation>
    </message>
    <message>
        <source>At most %1 files can go in one message.</source>
        <translation>Uma mensagem pode ter no máximo %1 arquivos.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <comment>file name of a pasted image, then date and time</comment>
        <translation>Imagem %1</translation>
    </message>
    <message>
        <source>All files (*);;Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Todos os arquivos (*);;Imagens (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save edited message</source>
        <translation>Salvar mensagem editada</translation>
    </message>
</context>
<context>
    <name>kora::ui::ComposerEdit</name>
    <message>
        <source>Format</source>
        <translation>Formatar</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrito</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Itálico</translation>
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
        <translation>Verificação ortográfica desativada: nenhum dicionário instalado.</translation>
    </message>
    <message>
        <source>Spell check is off: no dictionary for %1 is installed.</source>
        <translation>Verificação ortográfica desativada: nenhum dicionário de %1 instalado.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <source>no dictionary</source>
        <translation>sem dicionário</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Nenhuma sugestão</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Adicionar ao dicionário</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Spell check language</source>
        <translation>Idioma da verificação ortográfica</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <extracomment>The spell-check language set in Preferences, e.g. &quot;Default (Français (France))&quot;.</extracomment>
        <translation>Padrão (%1)</translation>
    </message>
</context>
<context>
    <name>kora::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Status da conexão</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n message(s) waiting</source>
        <translation>
            <numerusform>Offline — %n mensagem aguardando</numerusform>
            <numerusform>Offline — %n mensagens aguardando</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — trying to reconnect</source>
        <translation>Offline — tentando reconectar</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Enviando %n mensagem…</numerusform>
            <numerusform>Enviando %n mensagens…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Reconectado</translation>
    </message>
    <message>
        <source>Signed out — sign in again</source>
        <translation>Desconectado — entre novamente</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Entrar…</translation>
    </message>
</context>
<context>
    <name>kora::ui::ContactNotice</name>
    <message>
        <source>Keep payments and contact on Kora until the booking is confirmed. This message has contact details in it.</source>
        <translation>Mantenha pagamentos e contato no Kora até a reserva ser confirmada. Esta mensagem contém dados de contato.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Editar a mensagem</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar mesmo assim</translation>
    </message>
    <message>
        <source>Send the message with its contact details</source>
        <translation>Enviar a mensagem com os dados de contato</translation>
    </message>
</context>
<context>
    <name>kora::ui::ConversationDelegate</name>
    <message>
        <source>Worker</source>
        <translation>Prestador</translation>
    </message>
    <message>
        <source>Hirer</source>
        <translation>Contratante</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Suporte</translation>
    </message>
    <message numerus="yes">
        <source>Group · %n people</source>
        <comment>a group&apos;s members, in the list</comment>
        <translation>
            <numerusform>Grupo · %n pessoa</numerusform>
            <numerusform>Grupo · %n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: </source>
        <translation>Rascunho: </translation>
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
        <translation>silenciada</translation>
    </message>
    <message>
        <source>job: %1</source>
        <translation>serviço: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n não lida</numerusform>
            <numerusform>%n não lidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::ConversationPane</name>
    <message>
        <source>New conversation…</source>
        <translation>Nova conversa…</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Novo grupo…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversas</translation>
    </message>
    <message>
        <source>Filter conversations by name or job (Ctrl+F)</source>
        <translation>Filtrar conversas por nome ou serviço (Ctrl+F)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivadas</translation>
    </message>
    <message>
        <source>Conversation views</source>
        <translation>Visualizações das conversas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>Nenhuma conversa corresponde a “%1”.</translation>
    </message>
    <message>
        <source>No archived conversations.</source>
        <translation>Nenhuma conversa arquivada.</translation>
    </message>
    <message>
        <source>No conversations yet.
Start one with “+”.</source>
        <translation>Nenhuma conversa ainda.
Comece uma com “+”.</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>Ações da conversa</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarquivar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivar</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como lida</translation>
    </message>
    <message>
        <source>Unmute notifications</source>
        <translation>Reativar notificações</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Silenciar notificações</translation>
    </message>
    <message>
        <source>Notify during quiet hours</source>
        <translation>Notificar durante o horário silencioso</translation>
    </message>
    <message>
        <source>Could not archive the conversation</source>
        <translation>Não foi possível arquivar a conversa</translation>
    </message>
    <message>
        <source>Could not unarchive the conversation</source>
        <translation>Não foi possível desarquivar a conversa</translation>
    </message>
    <message>
        <source>Could not mark the conversation as read</source>
        <translation>Não foi possível marcar a conversa como lida</translation>
    </message>
</context>
<context>
    <name>kora::ui::DeleteActions</name>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Keep the message (Ctrl+Z)</source>
        <translation>Manter a mensagem (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Delete for everyone…</source>
        <translation>Apagar para todos…</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Apagar mensagem</translation>
    </message>
    <message>
        <source>Delete for everyone?</source>
        <translation>Apagar para todos?</translation>
    </message>
    <message>
        <source>The message is removed for everyone in this conversation. You can undo this for a few seconds.</source>
        <translation>A mensagem é removida para todos nesta conversa. Você pode desfazer isso por alguns segundos.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Could not delete the message: %1</source>
        <translation>Não foi possível apagar a mensagem: %1</translation>
    </message>
    <message>
        <source>Message deleted.</source>
        <translation>Mensagem apagada.</translation>
    </message>
    <message>
        <source>Too late to undo: the message is already deleted.</source>
        <translation>Tarde demais para desfazer: a mensagem já foi apagada.</translation>
    </message>
</context>
<context>
    <name>kora::ui::EmojiPicker</name>
    <message>
        <source>Frequently used</source>
        <translation>Usados com frequência</translation>
    </message>
    <message>
        <source>Smileys and emotion</source>
        <translation>Carinhas e emoções</translation>
    </message>
    <message>
        <source>People and body</source>
        <translation>Pessoas e corpo</translation>
    </message>
    <message>
        <source>Animals and nature</source>
        <translation>Animais e natureza</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Comidas e bebidas</translation>
    </message>
    <message>
        <source>Travel and places</source>
        <translation>Viagens e lugares</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
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
        <translation>Bandeiras</translation>
    </message>
    <message>
        <source>Pick an emoji</source>
        <translation>Escolha um emoji</translation>
    </message>
    <message>
        <source>Search emoji</source>
        <translation>Buscar emoji</translation>
    </message>
    <message>
        <source>Emoji categories</source>
        <translation>Categorias de emoji</translation>
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
        <translation>Você não faz mais parte deste grupo. O que foi escrito antes continua aqui para leitura.</translation>
    </message>
    <message>
        <source>Rename group…</source>
        <translation>Renomear grupo…</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>Adicionar pessoas…</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Remover do grupo</translation>
    </message>
    <message>
        <source>Leave group…</source>
        <translation>Sair do grupo…</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Renomear grupo</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Nome do grupo:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Could not rename the group: %1</source>
        <translation>Não foi possível renomear o grupo: %1</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Não foi possível remover %1: %2</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>Sair do grupo</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>Sair de “%1”?</translation>
    </message>
    <message>
        <source>You will no longer get its messages or be able to write in it. What was written stays here to read; someone in the group can add you again.</source>
        <translation>Você não receberá mais as mensagens dele nem poderá escrever nele. O que foi escrito continua aqui para leitura; alguém do grupo pode adicionar você de novo.</translation>
    </message>
    <message>
        <source>Could not leave the group: %1</source>
        <translation>Não foi possível sair do grupo: %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Novo grupo</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <source>e.g. Asante house renovation</source>
        <translation>ex.: Reforma da casa Asante</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Adicionar pessoas</translation>
    </message>
    <message>
        <source>Search people by name or email</source>
        <translation>Buscar pessoas por nome ou e-mail</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar pessoas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>&amp;Criar grupo</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Nome do grupo:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Pessoas:</translation>
    </message>
    <message>
        <source>There is nobody else to add.</source>
        <translation>Não há mais ninguém para adicionar.</translation>
    </message>
    <message>
        <source>Tick the people to add.</source>
        <translation>Marque as pessoas a adicionar.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen: %1</source>
        <comment>people ticked for a group</comment>
        <translation>
            <numerusform>%n escolhida: %1</numerusform>
            <numerusform>%n escolhidas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The group could not be saved: %1</source>
        <translation>Não foi possível salvar o grupo: %1</translation>
    </message>
    <message>
        <source>Creating the group…</source>
        <translation>Criando o grupo…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Adicionando…</translation>
    </message>
</context>
<context>
    <name>kora::ui::ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>Visualizador de imagens</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Diminuir zoom (−)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>zoom level</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Aumentar zoom (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit to the window (0)</source>
        <translation>Ajustar à janela (0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size (1)</source>
        <translation>Tamanho real (1)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Save the image (Ctrl+S)</source>
        <translation>Salvar a imagem (Ctrl+S)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the image (Ctrl+C)</source>
        <translation>Copiar a imagem (Ctrl+C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Previous image</source>
        <translation>Imagem anterior</translation>
    </message>
    <message>
        <source>Previous image (Left arrow)</source>
        <translation>Imagem anterior (seta para a esquerda)</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>Próxima imagem</translation>
    </message>
    <message>
        <source>Next image (Right arrow)</source>
        <translation>Próxima imagem (seta para a direita)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 às %2</translation>
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
        <translation>Não foi possível carregar a imagem.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Previous image (Right arrow)</source>
        <translation>Imagem anterior (seta para a direita)</translation>
    </message>
    <message>
        <source>Next image (Left arrow)</source>
        <translation>Próxima imagem (seta para a esquerda)</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Salvar imagem</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salva.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salva: %1</translation>
    </message>
    <message>
        <source>The conversation is closed.</source>
        <translation>A conversa está encerrada.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
</context>
<context>
    <name>kora::ui::JobPanel</name>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (nº %2)</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>Serviço nº %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Current job</source>
        <translation>Serviço atual</translation>
    </message>
    <message>
        <source>Jobs together</source>
        <translation>Serviços juntos</translation>
    </message>
    <message>
        <source>No bookings yet.</source>
        <translation>Nenhuma reserva ainda.</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Novidades</translation>
    </message>
    <message>
        <source>Job and booking updates</source>
        <translation>Novidades de serviços e reservas</translation>
    </message>
    <message>
        <source>Job and booking news from the marketplace shows up here.</source>
        <translation>As novidades de serviços e reservas da plataforma aparecem aqui.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>You talk here since %1.</source>
        <translation>Vocês conversam aqui desde %1.</translation>
    </message>
    <message>
        <source>No job is linked to this conversation.</source>
        <translation>Nenhum serviço está vinculado a esta conversa.</translation>
    </message>
</context>
<context>
    <name>kora::ui::LinkConfirmDialog</name>
    <message>
        <source>worker</source>
        <translation>prestador</translation>
    </message>
    <message>
        <source>hirer</source>
        <translation>contratante</translation>
    </message>
    <message>
        <source>Open a conversation from a link</source>
        <translation>Abrir uma conversa a partir de um link</translation>
    </message>
    <message>
        <source>A web page or another program asks Kora to open a conversation. Nothing happens unless you choose to open it.</source>
        <translation>Uma página web ou outro programa está pedindo ao Kora para abrir uma conversa. Nada acontece a menos que você escolha abri-la.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No job is named.</source>
        <translation>Nenhum serviço é indicado.</translation>
    </message>
    <message>
        <source>About job %1</source>
        <translation>Sobre o serviço %1</translation>
    </message>
    <message>
        <source>About the job “%1” (%2)</source>
        <translation>Sobre o serviço “%1” (%2)</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversa</translation>
    </message>
</context>
<context>
    <name>kora::ui::LoginDialog</name>
    <message>
        <source>Sign in to Kora</source>
        <translation>Entrar no Kora</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>voce@exemplo.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Erro ao entrar</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>E-mail ou senha incorretos.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your connection.</source>
        <translation>Não foi possível acessar o servidor %1. Verifique o endereço e sua conexão.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again.</source>
        <translation>O servidor %1 não respondeu a tempo. Tente novamente.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted: %1</source>
        <translation>O certificado do servidor não é confiável: %1</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute and try again.</source>
        <translation>Tentativas de entrada demais. Aguarde um minuto e tente novamente.</translation>
    </message>
    <message>
        <source>Enter a valid email address and password.</source>
        <translation>Digite um e-mail e uma senha válidos.</translation>
    </message>
    <message>
        <source>The server at %1 does not look like a Kora server.</source>
        <translation>O servidor %1 não parece ser um servidor Kora.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Falha ao entrar: %1</translation>
    </message>
    <message>
        <source>Enter a server address such as https://chat.example.com.</source>
        <translation>Digite um endereço de servidor, como https://chat.example.com.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Digite seu e-mail e sua senha.</translation>
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
        <translation>Dispensar</translation>
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
        <translation>&amp;Respostas rápidas…</translation>
    </message>
    <message>
        <source>&amp;Blocked people…</source>
        <translation>Pessoas &amp;bloqueadas…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere…</source>
        <translation>Sair de &amp;todos os dispositivos…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Conta: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Encerrar</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Nova conversa…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Novo &amp;grupo…</translation>
    </message>
    <message>
        <source>&amp;Quick switcher…</source>
        <translation>Troca &amp;rápida…</translation>
    </message>
    <message>
        <source>&amp;Search messages…</source>
        <translation>&amp;Buscar mensagens…</translation>
    </message>
    <message>
        <source>Search in this con&amp;versation…</source>
        <translation>Buscar nesta con&amp;versa…</translation>
    </message>
    <message>
        <source>&amp;Find conversation</source>
        <translation>&amp;Localizar conversa</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Conversa &amp;anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt conversation</source>
        <translation>&amp;Próxima conversa</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Silenciar notificações</translation>
    </message>
    <message>
        <source>Sign out everywhere?</source>
        <translation>Sair de todos os dispositivos?</translation>
    </message>
    <message>
        <source>Every device signed in to this account, this one included, is signed out at once and must sign in again. Use it if a device was lost or someone else may know your password.</source>
        <translation>Todos os dispositivos conectados a esta conta, incluindo este, são desconectados na hora e precisam entrar novamente. Use isto se um dispositivo foi perdido ou se outra pessoa pode saber sua senha.</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Sair de todos os dispositivos</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Conectado como %1</translation>
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
        <translation>Não foi possível ler a imagem.</translation>
    </message>
    <message>
        <source>The image is too large to show.</source>
        <translation>A imagem é grande demais para exibir.</translation>
    </message>
</context>
<context>
    <name>kora::ui::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation>Pessoas a mencionar</translation>
    </message>
</context>
<context>
    <name>kora::ui::MessageDelegate</name>
    <message>
        <source>Image not available</source>
        <translation>Imagem indisponível</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>file size · file type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (editada)</translation>
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
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
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
        <translation>Você</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguém</translation>
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
        <translation>Mensagem apagada</translation>
    </message>
    <message>
        <source>Contact details hidden by Kora. They can be shared once the booking is confirmed.</source>
        <translation>Dados de contato ocultados pelo Kora. Eles podem ser compartilhados depois que a reserva for confirmada.</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Mensagem original</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imagem %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Arquivo %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Cancelar envio</translation>
    </message>
    <message>
        <source>Reaction %1, yours</source>
        <translation>Reação %1, sua</translation>
    </message>
    <message>
        <source>Reaction %1</source>
        <translation>Reação %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Unread messages</source>
        <translation>Mensagens não lidas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date separator, this year</comment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>edited %1</source>
        <comment>edited mark, then the time</comment>
        <translation>editada %1</translation>
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
        <translation>Ninguém encontrado para “%1”.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Search people by name or email</source>
        <translation>Buscar pessoas por nome ou e-mail</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar pessoas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Job title (optional)</source>
        <translation>Título do serviço (opcional)</translation>
    </message>
    <message>
        <source>Optional, e.g. Kitchen tiling</source>
        <translation>Opcional, ex.: Assentamento de azulejos na cozinha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>About a &amp;job:</source>
        <translation>Sobre um &amp;serviço:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Pessoa:</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>O servidor não respondeu a tempo. Tente novamente.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>A conexão segura com o servidor falhou: %1</translation>
    </message>
    <message>
        <source>A network error occurred: %1</source>
        <translation>Ocorreu um erro de rede: %1</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Sua sessão expirou. Entre novamente.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Você não tem permissão para fazer isso.</translation>
    </message>
    <message>
        <source>That person or conversation no longer exists.</source>
        <translation>Essa pessoa ou conversa não existe mais.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Solicitações demais. Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Algo deu errado (%1).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>%1 — in your conversations</source>
        <translation>%1 — nas suas conversas</translation>
    </message>
    <message>
        <source>%1, in your conversations</source>
        <translation>%1, nas suas conversas</translation>
    </message>
    <message>
        <source>There is nobody to write to yet.</source>
        <translation>Ainda não há ninguém para quem escrever.</translation>
    </message>
    <message>
        <source>Opening the conversation…</source>
        <translation>Abrindo a conversa…</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>Não foi possível salvar a conversa: %1</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;Abrir conversa</translation>
    </message>
    <message>
        <source>&amp;Start conversation</source>
        <translation>&amp;Iniciar conversa</translation>
    </message>
</context>
<context>
    <name>kora::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Spell check</source>
        <translation>Ortografia</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Applied at once, to every Kora window.</source>
        <translation>Aplicado na hora, em todas as janelas do Kora.</translation>
    </message>
    <message>
        <source>Kora reopens its window in the language you pick; what you were writing is kept.</source>
        <translation>O Kora reabre a janela no idioma escolhido; o que você estava escrevendo é mantido.</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Novas mensagens</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Tocar um som</translation>
    </message>
    <message>
        <source>Show the message text in notifications</source>
        <translation>Mostrar o texto da mensagem nas notificações</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Não perturbe</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Por 1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Até amanhã</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Quiet every day from</source>
        <translation>Silêncio todos os dias das</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Silêncio das</translation>
    </message>
    <message>
        <source>to</source>
        <translation>às</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Silêncio até</translation>
    </message>
    <message>
        <source>Let @mentions and direct messages from important people through</source>
        <translation>Deixar passar @menções e mensagens diretas de pessoas importantes</translation>
    </message>
    <message>
        <source>Mark someone as important from their conversation&apos;s menu in the list. Unread counts still show while it is quiet.</source>
        <translation>Marque alguém como importante no menu da conversa dessa pessoa na lista. As contagens de não lidas continuam aparecendo durante o silêncio.</translation>
    </message>
    <message>
        <source>Spell-check language</source>
        <translation>Idioma da ortografia</translation>
    </message>
    <message>
        <source>Follow the language of Kora</source>
        <translation>Seguir o idioma do Kora</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <source>No spell-check dictionary is installed (on Debian: the hunspell-* packages).</source>
        <translation>Nenhum dicionário ortográfico está instalado (no Debian: os pacotes hunspell-*).</translation>
    </message>
    <message>
        <source>A conversation can use another language: right-click in the message box.</source>
        <translation>Uma conversa pode usar outro idioma: clique com o botão direito na caixa de mensagem.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Sign out everywhere…</source>
        <translation>Sair de todos os dispositivos…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Prestador</translation>
    </message>
    <message>
        <source>Hirer</source>
        <translation>Contratante</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Suporte</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickReactionBar</name>
    <message>
        <source>Message actions</source>
        <translation>Ações da mensagem</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>Reagir com %1</translation>
    </message>
    <message>
        <source>More reactions…</source>
        <translation>Mais reações…</translation>
    </message>
    <message>
        <source>Reply (Ctrl+R)</source>
        <translation>Responder (Ctrl+R)</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Mais ações</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickRepliesDialog</name>
    <message>
        <source>{name}, {first_name} and {job} are filled in from the conversation you insert the reply into.</source>
        <translation>{name}, {first_name} e {job} são preenchidos com os dados da conversa em que você insere a resposta.</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Respostas rápidas</translation>
    </message>
    <message>
        <source>Answers you give often, one click or a / away in the message field.</source>
        <translation>Respostas que você dá com frequência, a um clique ou a uma / no campo de mensagem.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descer</translation>
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
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Excluído.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quick reply(ies) exported.</source>
        <translation>
            <numerusform>%n resposta rápida exportada.</numerusform>
            <numerusform>%n respostas rápidas exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Nothing new to import: every reply in the file is already here.</source>
        <translation>Nada novo para importar: todas as respostas do arquivo já estão aqui.</translation>
    </message>
    <message numerus="yes">
        <source>%n quick reply(ies) imported.</source>
        <translation>
            <numerusform>%n resposta rápida importada.</numerusform>
            <numerusform>%n respostas rápidas importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import quick replies</source>
        <translation>Importar respostas rápidas</translation>
    </message>
    <message>
        <source>Quick replies (*.json)</source>
        <translation>Respostas rápidas (*.json)</translation>
    </message>
    <message>
        <source>Export quick replies</source>
        <translation>Exportar respostas rápidas</translation>
    </message>
    <message>
        <source>kora-quick-replies</source>
        <translation>kora-respostas-rapidas</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickReplyEditor</name>
    <message>
        <source>New quick reply</source>
        <translation>Nova resposta rápida</translation>
    </message>
    <message>
        <source>Edit quick reply</source>
        <translation>Editar resposta rápida</translation>
    </message>
    <message>
        <source>e.g. Availability</source>
        <translation>ex.: Disponibilidade</translation>
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation>&amp;Título (opcional):</translation>
    </message>
    <message>
        <source>Hi {first_name}, thanks for your message about {job}…</source>
        <translation>Olá, {first_name}, obrigado pela sua mensagem sobre {job}…</translation>
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
        <translation>Respostas rápidas</translation>
    </message>
    <message>
        <source>Manage quick replies…</source>
        <translation>Gerenciar respostas rápidas…</translation>
    </message>
    <message>
        <source>No quick replies yet. Save the answers you give often and insert them with / and a word from them.</source>
        <translation>Nenhuma resposta rápida ainda. Salve as respostas que você dá com frequência e insira-as com / e uma palavra delas.</translation>
    </message>
    <message>
        <source>No quick reply matches “%1”.</source>
        <translation>Nenhuma resposta rápida corresponde a “%1”.</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuickSwitcher</name>
    <message>
        <source>Quick switcher</source>
        <translation>Troca rápida</translation>
    </message>
    <message>
        <source>Jump to a conversation…</source>
        <translation>Ir para uma conversa…</translation>
    </message>
    <message>
        <source>Conversation name</source>
        <translation>Nome da conversa</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Conversas correspondentes</translation>
    </message>
</context>
<context>
    <name>kora::ui::QuietHoursMenu</name>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Não perturbe</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Por 1 &amp;hora</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Até &amp;amanhã</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>&amp;Quiet hours…</source>
        <translation>&amp;Horário silencioso…</translation>
    </message>
    <message>
        <source>Notifications on</source>
        <translation>Notificações ativadas</translation>
    </message>
    <message>
        <source>Quiet until %1</source>
        <translation>Silêncio até %1</translation>
    </message>
    <message>
        <source>Quiet until tomorrow, %1</source>
        <translation>Silêncio até amanhã, %1</translation>
    </message>
    <message>
        <source>Quiet until %1, %2</source>
        <translation>Silêncio até %1, %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReactionActions</name>
    <message>
        <source>Could not react: %1</source>
        <translation>Não foi possível reagir: %1</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reagir</translation>
    </message>
    <message>
        <source>More reactions…</source>
        <translation>Mais reações…</translation>
    </message>
    <message>
        <source>the message was deleted or takes no more reactions</source>
        <translation>a mensagem foi apagada ou não aceita mais reações</translation>
    </message>
    <message>
        <source>you cannot react in this conversation</source>
        <translation>você não pode reagir nesta conversa</translation>
    </message>
    <message>
        <source>the message is gone</source>
        <translation>a mensagem não existe mais</translation>
    </message>
    <message>
        <source>Your reaction %1 was not added: %2</source>
        <translation>Sua reação %1 não foi adicionada: %2</translation>
    </message>
    <message>
        <source>Your reaction %1 was not removed: %2</source>
        <translation>Sua reação %1 não foi removida: %2</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReactionStrip</name>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message numerus="yes">
        <source>%n people reacted with %1</source>
        <translation>
            <numerusform>%n pessoa reagiu com %1</numerusform>
            <numerusform>%n pessoas reagiram com %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more reacted with %2</source>
        <translation>
            <numerusform>%1 e mais %n pessoa reagiram com %2</numerusform>
            <numerusform>%1 e mais %n pessoas reagiram com %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reacted with %2</source>
        <translation>%1 reagiu com %2</translation>
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
        <translation>Cancelar a resposta (Esc)</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>Cancelar a resposta</translation>
    </message>
    <message>
        <source>Replying to %1:</source>
        <translation>Respondendo a %1:</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReplyQuote</name>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Mensagem original</translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation>Mensagem apagada</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>kora::ui::ReportDialog</name>
    <message>
        <source>Spam or advertising</source>
        <translation>Spam ou propaganda</translation>
    </message>
    <message>
        <source>A scam or fraud</source>
        <translation>Golpe ou fraude</translation>
    </message>
    <message>
        <source>Asks to pay or talk outside Kora</source>
        <translation>Pede para pagar ou conversar fora do Kora</translation>
    </message>
    <message>
        <source>Harassment or threats</source>
        <translation>Assédio ou ameaças</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Outro motivo</translation>
    </message>
    <message>
        <source>Report to Kora support</source>
        <translation>Denunciar ao suporte do Kora</translation>
    </message>
    <message>
        <source>What is wrong with this message?</source>
        <translation>Qual é o problema com esta mensagem?</translation>
    </message>
    <message>
        <source>What is wrong with this conversation?</source>
        <translation>Qual é o problema com esta conversa?</translation>
    </message>
    <message>
        <source>Tell support what happened (optional)</source>
        <translation>Conte ao suporte o que aconteceu (opcional)</translation>
    </message>
    <message>
        <source>Note for support</source>
        <translation>Observação para o suporte</translation>
    </message>
    <message>
        <source>Also block %1</source>
        <translation>Bloquear %1 também</translation>
    </message>
    <message>
        <source>Support reads this conversation to look into it. No one is told who reported it.</source>
        <translation>O suporte lê esta conversa para analisar o caso. Ninguém fica sabendo quem denunciou.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Enviar denúncia</translation>
    </message>
</context>
<context>
    <name>kora::ui::ResolveReportDialog</name>
    <message>
        <source>Resolve report</source>
        <translation>Resolver denúncia</translation>
    </message>
    <message>
        <source>What was done about it? The resolution is kept with the report and in the audit log.</source>
        <translation>O que foi feito a respeito? A resolução fica guardada com a denúncia e no registro de auditoria.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>For example: warned the provider, refunded the hirer</source>
        <translation>Por exemplo: prestador advertido, contratante reembolsado</translation>
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
        <translation>Para sua segurança, mantenha pagamentos e dados de contato no Kora até a reserva ser confirmada. Se algo der errado, o suporte só pode ajudar com o que aconteceu aqui.</translation>
    </message>
    <message>
        <source>Got it, don&apos;t show this again here</source>
        <translation>Entendi, não mostrar de novo aqui</translation>
    </message>
    <message>
        <source>Close the safety notice</source>
        <translation>Fechar o aviso de segurança</translation>
    </message>
</context>
<context>
    <name>kora::ui::SearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensagens</translation>
    </message>
    <message>
        <source>Search in %1</source>
        <translation>Buscar em %1</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>Buscar nesta conversa</translation>
    </message>
    <message>
        <source>Search every conversation</source>
        <translation>Buscar em todas as conversas</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>Mais &amp;antiga</translation>
    </message>
    <message>
        <source>The older match (Down)</source>
        <translation>O resultado mais antigo (Seta para baixo)</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>Mais &amp;recente</translation>
    </message>
    <message>
        <source>The newer match (Up)</source>
        <translation>O resultado mais recente (Seta para cima)</translation>
    </message>
    <message>
        <source>Type a word, or the start of one.</source>
        <translation>Digite uma palavra ou o começo dela.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%n found here; searching older history…</source>
        <translation>
            <numerusform>%n encontrado aqui; buscando no histórico mais antigo…</numerusform>
            <numerusform>%n encontrados aqui; buscando no histórico mais antigo…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found on this device. Offline: older history cannot be searched now.</source>
        <translation>Nada encontrado neste dispositivo. Offline: o histórico mais antigo não pode ser pesquisado agora.</translation>
    </message>
    <message numerus="yes">
        <source>%n found on this device. Offline: older history cannot be searched now.</source>
        <translation>
            <numerusform>%n encontrado neste dispositivo. Offline: o histórico mais antigo não pode ser pesquisado agora.</numerusform>
            <numerusform>%n encontrados neste dispositivo. Offline: o histórico mais antigo não pode ser pesquisado agora.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the match shown, of all found</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nada encontrado para “%1”.</translation>
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
        <translation>Exportar transcrição…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>The reported message is no longer in this conversation.</source>
        <translation>A mensagem denunciada não está mais nesta conversa.</translation>
    </message>
    <message>
        <source>Search on the left and pick a conversation to read it. Opening one is logged.</source>
        <translation>Busque à esquerda e escolha uma conversa para lê-la. Cada abertura é registrada.</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Serviço: %1</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>Serviço: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Carregando a conversa…</translation>
    </message>
    <message>
        <source>Could not open the conversation: %1</source>
        <translation>Não foi possível abrir a conversa: %1</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Carregando mensagens mais antigas…</translation>
    </message>
    <message>
        <source>Could not load older messages: %1</source>
        <translation>Não foi possível carregar mensagens mais antigas: %1</translation>
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
        <translation>Golpe</translation>
    </message>
    <message>
        <source>Payment outside the platform</source>
        <translation>Pagamento fora da plataforma</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Assédio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>Um participante</translation>
    </message>
    <message>
        <source>%1 (the conversation)</source>
        <translation>%1 (a conversa)</translation>
    </message>
    <message>
        <source>%1 (one message)</source>
        <translation>%1 (uma mensagem)</translation>
    </message>
    <message>
        <source>Not known yet: open the report to see who it is (user %1)</source>
        <translation>Ainda não identificado: abra a denúncia para ver quem é (usuário %1)</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Sem observação</translation>
    </message>
    <message>
        <source>%1 (resolved %2)</source>
        <translation>%1 (resolvida em %2)</translation>
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
        <translation>Quando</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportReportsView</name>
    <message>
        <source>Conversations and messages that participants reported, newest first. Opening one is logged.</source>
        <translation>Conversas e mensagens denunciadas pelos participantes, das mais recentes às mais antigas. Cada abertura é registrada.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvidas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Denúncias</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Carregar mais</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversa</translation>
    </message>
    <message>
        <source>Shows the conversation at the reported message (Enter)</source>
        <translation>Mostra a conversa na mensagem denunciada (Enter)</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <source>Someone has resolved this report already. Refresh to see how.</source>
        <translation>Alguém já resolveu esta denúncia. Atualize para ver como.</translation>
    </message>
    <message>
        <source>The server does not know this report.</source>
        <translation>O servidor não conhece esta denúncia.</translation>
    </message>
    <message>
        <source>This account may not do that any more. Sign in again.</source>
        <translation>Esta conta não pode mais fazer isso. Entre novamente.</translation>
    </message>
    <message>
        <source>Kora cannot reach the server. Check the connection and try again.</source>
        <translation>O Kora não consegue acessar o servidor. Verifique a conexão e tente novamente.</translation>
    </message>
    <message>
        <source>The server could not record this in the audit log, so nothing was done.</source>
        <translation>O servidor não conseguiu registrar isso no registro de auditoria, então nada foi feito.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Could not load the reports: %1</source>
        <translation>Não foi possível carregar as denúncias: %1</translation>
    </message>
    <message>
        <source>No open reports.</source>
        <translation>Nenhuma denúncia aberta.</translation>
    </message>
    <message>
        <source>No resolved reports.</source>
        <translation>Nenhuma denúncia resolvida.</translation>
    </message>
    <message>
        <source>%1, reported by %2</source>
        <translation>%1, denunciada por %2</translation>
    </message>
    <message>
        <source>Resolving the report…</source>
        <translation>Resolvendo a denúncia…</translation>
    </message>
    <message>
        <source>The report was not resolved: %1</source>
        <translation>A denúncia não foi resolvida: %1</translation>
    </message>
    <message>
        <source>Report resolved. It is listed under Resolved now.</source>
        <translation>Denúncia resolvida. Agora ela aparece em Resolvidas.</translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportSearchPane</name>
    <message>
        <source>Name, email or text in messages</source>
        <translation>Nome, e-mail ou texto das mensagens</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Exact job id</source>
        <translation>ID exato do serviço</translation>
    </message>
    <message>
        <source>&amp;Job id:</source>
        <translation>ID do &amp;serviço:</translation>
    </message>
    <message>
        <source>Active on or after</source>
        <translation>Ativa em ou após</translation>
    </message>
    <message>
        <source>Started on or before</source>
        <translation>Iniciada em ou antes de</translation>
    </message>
    <message>
        <source>Only conversations with activity on this day or later</source>
        <translation>Só conversas com atividade neste dia ou depois</translation>
    </message>
    <message>
        <source>Only conversations that began on this day or earlier</source>
        <translation>Só conversas iniciadas neste dia ou antes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Conversations found</source>
        <translation>Conversas encontradas</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Mais resultados</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Serviço: %1</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>Serviço: %1 (%2)</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Última atividade %1</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>O fim do período é anterior ao início.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Falha na busca: %1</translation>
    </message>
    <message>
        <source>No conversations found.</source>
        <translation>Nenhuma conversa encontrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found.</source>
        <translation>
            <numerusform>%n conversa encontrada.</numerusform>
            <numerusform>%n conversas encontradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kora::ui::SupportWindow</name>
    <message>
        <source>Kora Support view (read-only) — %1</source>
        <translation>Kora Modo suporte (somente leitura) — %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Kora cannot open its temporary data: %1</source>
        <translation>O Kora não consegue abrir seus dados temporários: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>people (job)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Denúncias</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <source>Support view — read-only, access is logged</source>
        <translation>Modo suporte — somente leitura, o acesso é registrado</translation>
    </message>
    <message>
        <source>Opening the reported conversation…</source>
        <translation>Abrindo a conversa denunciada…</translation>
    </message>
    <message>
        <source>Could not open the reported conversation: %1</source>
        <translation>Não foi possível abrir a conversa denunciada: %1</translation>
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
        <translation>Exportar transcrição</translation>
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
        <translation>Abra uma conversa primeiro.</translation>
    </message>
    <message>
        <source>Loading the whole conversation…</source>
        <translation>Carregando a conversa inteira…</translation>
    </message>
    <message>
        <source>Could not load the conversation: %1</source>
        <translation>Não foi possível carregar a conversa: %1</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so nothing was written: %1</source>
        <translation>Não foi possível registrar a exportação no registro de auditoria, então nada foi gravado: %1</translation>
    </message>
    <message>
        <source>Conversation transcript</source>
        <translation>Transcrição da conversa</translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation>Transcrição salva em %1</translation>
    </message>
    <message>
        <source>Could not write the transcript: %1</source>
        <translation>Não foi possível gravar a transcrição: %1</translation>
    </message>
</context>
<context>
    <name>kora::ui::TranscriptExporter</name>
    <message>
        <source>Conversation transcript</source>
        <translation>Transcrição da conversa</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
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
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
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
        <translation>Desconhecido (%1)</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Mensagem apagada</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2, %3)</source>
        <translation>Anexo: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>editada em %1</translation>
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
        <translation>Você bloqueou %1. Essa pessoa não pode escrever para você aqui até que você a desbloqueie.</translation>
    </message>
    <message>
        <source>Report conversation…</source>
        <translation>Denunciar conversa…</translation>
    </message>
    <message>
        <source>Your report reached Kora support. Thank you.</source>
        <translation>Sua denúncia chegou ao suporte do Kora. Obrigado.</translation>
    </message>
    <message>
        <source>Your report was not taken: %1</source>
        <translation>Sua denúncia não foi aceita: %1</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta pessoa</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Desbloquear %1</translation>
    </message>
    <message>
        <source>Block %1…</source>
        <translation>Bloquear %1…</translation>
    </message>
    <message>
        <source>Report message…</source>
        <translation>Denunciar mensagem…</translation>
    </message>
    <message>
        <source>Block %1?</source>
        <translation>Bloquear %1?</translation>
    </message>
    <message>
        <source>%1 will not be able to write to you, react or start a new conversation with you. You can both still read what was written, and you can unblock them at any time.</source>
        <translation>%1 não poderá escrever para você, reagir nem iniciar uma nova conversa com você. Vocês dois ainda poderão ler o que foi escrito, e você pode desbloquear a qualquer momento.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 foi bloqueado(a).</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>%1 foi desbloqueado(a).</translation>
    </message>
    <message>
        <source>Could not block %1: %2</source>
        <translation>Não foi possível bloquear %1: %2</translation>
    </message>
    <message>
        <source>Could not unblock %1: %2</source>
        <translation>Não foi possível desbloquear %1: %2</translation>
    </message>
    <message>
        <source>Could not report: %1</source>
        <translation>Não foi possível denunciar: %1</translation>
    </message>
    <message>
        <source>Your report will be sent when you are back online.</source>
        <translation>Sua denúncia será enviada quando você estiver online de novo.</translation>
    </message>
</context>
</TS>
