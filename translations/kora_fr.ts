<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>kora::app::AppController</name>
        <message>
            <source>Could not sign out everywhere: %1</source>
            <translation>Impossible de se déconnecter partout : %1</translation>
        </message>
        <message>
            <source>Your session has expired. Sign in again.</source>
            <translation>Votre session a expiré. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>Kora cannot open its local data: %1</source>
            <translation>Kora ne peut pas ouvrir ses données locales : %1</translation>
        </message>
        <message>
            <source>Sign in again; unsent messages are kept.</source>
            <translation>Reconnectez-vous ; les messages non envoyés sont conservés.</translation>
        </message>
    </context>
    <context>
        <name>kora::app::Notifier</name>
        <message>
            <source>%1 mentioned you in %2</source>
            <translation>%1 vous a mentionné(e) dans %2</translation>
        </message>
        <message>
            <source>Show Kora</source>
            <translation>Afficher Kora</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message numerus="yes">
            <source>Kora — %n unread message(s)</source>
            <translation>
                <numerusform>Kora — %n message non lu</numerusform>
                <numerusform>Kora — %n messages non lus</numerusform>
            </translation>
        </message>
        <message>
            <source>Kora</source>
            <translation>Kora</translation>
        </message>
        <message>
            <source>New message</source>
            <translation>Nouveau message</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 dans %2</translation>
        </message>
    </context>
    <context>
        <name>kora::models::ClientSession</name>
        <message>
            <source>Your session has expired.</source>
            <translation>Votre session a expiré.</translation>
        </message>
    </context>
    <context>
        <name>kora::app::TokenStore</name>
        <message>
            <source>Your system keychain is not available; you will stay signed in only until Kora closes.</source>
            <translation>Le trousseau de votre système n'est pas disponible ; vous resterez connecté seulement jusqu'à la fermeture de Kora.</translation>
        </message>
    </context>
    <context>
        <name>kora::models::ConversationListModel</name>
        <message>
            <source>Message deleted</source>
            <translation>Message supprimé</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>No messages yet</source>
            <translation>Pas encore de messages</translation>
        </message>
        <message>
            <source>You: %1</source>
            <translation>Vous : %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>kora::models::ImagePrep</name>
        <message>
            <source>“%1” could not be prepared: the folder %2 cannot be created.</source>
            <translation>« %1 » n’a pas pu être préparé : impossible de créer le dossier %2.</translation>
        </message>
        <message>
            <source>“%1” could not be prepared: %2</source>
            <translation>« %1 » n’a pas pu être préparé : %2</translation>
        </message>
        <message>
            <source>“%1” is still too large after shrinking it (images can be up to %2).</source>
            <translation>« %1 » est encore trop volumineux après réduction (images jusqu’à %2).</translation>
        </message>
        <message>
            <source>“%1” is too large (%2). Files can be up to %3.</source>
            <translation>« %1 » est trop volumineux (%2). Les fichiers peuvent faire jusqu’à %3.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation>« %1 » est illisible : %2</translation>
        </message>
        <message>
            <source>“%1” changed while it was being read. Try again.</source>
            <translation>« %1 » a changé pendant sa lecture. Réessayez.</translation>
        </message>
        <message>
            <source>“%1” is a folder. Attach the files inside it instead.</source>
            <translation>« %1 » est un dossier. Joignez plutôt les fichiers qu’il contient.</translation>
        </message>
        <message>
            <source>“%1” was not found.</source>
            <translation>« %1 » est introuvable.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: permission denied.</source>
            <translation>« %1 » est illisible : accès refusé.</translation>
        </message>
        <message>
            <source>“%1” is empty.</source>
            <translation>« %1 » est vide.</translation>
        </message>
        <message>
            <source>“%1” is too large (%2). Images can be up to %3.</source>
            <translation>« %1 » est trop volumineux (%2). Les images peuvent faire jusqu’à %3.</translation>
        </message>
        <message>
            <source>“%1” is not a valid image or is damaged.</source>
            <translation>« %1 » n’est pas une image valide ou est endommagé.</translation>
        </message>
        <message>
            <source>“%1” is too large to open (%2 × %3 pixels).</source>
            <translation>« %1 » est trop grand pour être ouvert (%2 × %3 pixels).</translation>
        </message>
        <message>
            <source>“%1” is too large to prepare (%2; at most %3).</source>
            <translation>« %1 » est trop volumineux pour être préparé (%2 ; %3 au plus).</translation>
        </message>
    </context>
    <context>
        <name>kora::models::Outbox</name>
        <message>
            <source>Choose why you report this.</source>
            <translation>Choisissez pourquoi vous signalez ceci.</translation>
        </message>
        <message>
            <source>The note is longer than %1 characters.</source>
            <translation>La note dépasse %1 caractères.</translation>
        </message>
        <message>
            <source>Choose at least one file to send.</source>
            <translation>Choisissez au moins un fichier à envoyer.</translation>
        </message>
        <message>
            <source>At most 10 files can go in one message.</source>
            <translation>Un message peut contenir au plus 10 fichiers.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>Impossible de lire %1.</translation>
        </message>
        <message>
            <source>This message is not sent yet.</source>
            <translation>Ce message n’est pas encore envoyé.</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::AttachmentStrip</name>
        <message>
            <source>Attachments to send</source>
            <translation>Pièces jointes à envoyer</translation>
        </message>
        <message>
            <source>Remove this attachment</source>
            <translation>Retirer cette pièce jointe</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Retirer %1</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>Préparation…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::AuditLogView</name>
        <message>
            <source>Every search, conversation opened, export, look at the reports queue and report resolved by support staff, newest first.</source>
            <translation>Chaque recherche, conversation ouverte, export, consultation de la file des signalements et signalement traité par l’équipe d’assistance, du plus récent au plus ancien.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Journal d’audit</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Older entries</source>
            <translation>Entrées plus anciennes</translation>
        </message>
        <message>
            <source>Viewed messages</source>
            <translation>A consulté les messages</translation>
        </message>
        <message>
            <source>Searched</source>
            <translation>A effectué une recherche</translation>
        </message>
        <message>
            <source>Exported a transcript</source>
            <translation>A exporté une transcription</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Could not load the audit log: %1</source>
            <translation>Impossible de charger le journal d’audit : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) shown.</source>
            <translation>
                <numerusform>%n entrée affichée.</numerusform>
                <numerusform>%n entrées affichées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Read the reports queue</source>
            <translation>A consulté la file des signalements</translation>
        </message>
        <message>
            <source>Resolved a report</source>
            <translation>A traité un signalement</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ChatPane</name>
        <message>
            <source>Person and job details (Ctrl+Shift+I)</source>
            <translation>Personne et mission (Ctrl+Maj+I)</translation>
        </message>
        <message numerus="yes">
            <source>%n people: %1</source>
            <comment>a group's members</comment>
            <translation>
                <numerusform>%n personne : %1</numerusform>
                <numerusform>%n personnes : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>you</source>
            <comment>in a group's member list</comment>
            <translation>vous</translation>
        </message>
        <message>
            <source>More actions for this conversation</source>
            <translation>Autres actions pour cette conversation</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>Autres actions</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Prestataire</translation>
        </message>
        <message>
            <source>Hirer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Assistance</translation>
        </message>
        <message>
            <source>online</source>
            <translation>en ligne</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>hors ligne</translation>
        </message>
        <message>
            <source>last seen today at %1</source>
            <translation>vu aujourd'hui à %1</translation>
        </message>
        <message>
            <source>last seen yesterday at %1</source>
            <translation>vu hier à %1</translation>
        </message>
        <message>
            <source>last seen %1</source>
            <translation>vu %1</translation>
        </message>
        <message>
            <source>Choose a conversation to start chatting.
Your messages with workers and hirers show up here.</source>
            <translation>Choisissez une conversation pour commencer à discuter.
Vos messages avec les prestataires et les clients apparaissent ici.</translation>
        </message>
        <message>
            <source>Loading earlier messages…</source>
            <translation>Chargement des messages précédents…</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>Jump to the newest message</source>
            <translation>Aller au message le plus récent</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Back to the conversations</source>
            <translation>Retour aux conversations</translation>
        </message>
        <message>
            <source>Avatar</source>
            <translation>Avatar</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Job: %1 (#%2)</source>
            <translation>Mission : %1 (n° %2)</translation>
        </message>
        <message>
            <source>Job: %1</source>
            <translation>Mission : %1</translation>
        </message>
        <message>
            <source>Job #%1</source>
            <translation>Mission n° %1</translation>
        </message>
        <message>
            <source>Someone</source>
            <translation>Quelqu'un</translation>
        </message>
        <message>
            <source>%1 is typing…</source>
            <translation>%1 est en train d’écrire…</translation>
        </message>
        <message>
            <source>%1 and %2 are typing…</source>
            <translation>%1 et %2 sont en train d’écrire…</translation>
        </message>
        <message>
            <source>Several people are typing…</source>
            <translation>Plusieurs personnes sont en train d’écrire…</translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <translation>
                <numerusform>%n nouveau message</numerusform>
                <numerusform>%n nouveaux messages</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation>Copier le texte</translation>
        </message>
        <message>
            <source>Retry sending</source>
            <translation>Réessayer l'envoi</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Drop files here to attach them</source>
            <translation>Déposez des fichiers ici pour les joindre</translation>
        </message>
        <message>
            <source>Images are resized to at most 2048 pixels. Files can be up to 25 MB.</source>
            <translation>Les images sont réduites à 2048 pixels au plus. Les fichiers peuvent faire jusqu’à 25 Mo.</translation>
        </message>
        <message>
            <source>The file is not available.</source>
            <translation>Le fichier n’est pas disponible.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Save file</source>
            <translation>Enregistrer le fichier</translation>
        </message>
        <message>
            <source>The file could not be saved: %1</source>
            <translation>Le fichier n’a pas pu être enregistré : %1</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>connexion…</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Copy link to message</source>
            <translation>Copier le lien vers le message</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::Composer</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Format as code (select several lines for a code block). Bold: Ctrl+B, italic: Ctrl+I, strikethrough: Ctrl+Shift+X.</source>
            <translation>Mettre en forme comme du code (sélectionnez plusieurs lignes pour un bloc de code). Gras : Ctrl+B, italique : Ctrl+I, barré : Ctrl+Maj+X.</translation>
        </message>
        <message>
            <source>Format as code</source>
            <translation>Mettre en forme comme du code</translation>
        </message>
        <message>
            <source>Editing message — Esc to cancel</source>
            <translation>Modification du message — Échap pour annuler</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel editing</source>
            <translation>Annuler la modification</translation>
        </message>
        <message>
            <source>Write a message…</source>
            <translation>Écrire un message…</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Send (Enter). Shift+Enter starts a new line.</source>
            <translation>Envoyer (Entrée). Maj+Entrée pour aller à la ligne.</translation>
        </message>
        <message>
            <source>Send message</source>
            <translation>Envoyer le message</translation>
        </message>
        <message>
            <source>Too long: %1 / %2 characters. Shorten the message to send it.</source>
            <translation>Trop long : %1 / %2 caractères. Raccourcissez le message pour l'envoyer.</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Could not edit the message: %1</source>
            <translation>Impossible de modifier le message : %1</translation>
        </message>
        <message>
            <source>Could not queue the message: %1</source>
            <translation>Impossible de mettre le message en file d'attente : %1</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save edited message</source>
            <translation>Enregistrer le message modifié</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>Joindre</translation>
        </message>
        <message>
            <source>Attach files or images (you can also drop or paste them)</source>
            <translation>Joindre des fichiers ou des images (vous pouvez aussi les déposer ou les coller)</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Joindre des fichiers</translation>
        </message>
        <message>
            <source>Sending as soon as the attachments are ready…</source>
            <translation>Envoi dès que les pièces jointes seront prêtes…</translation>
        </message>
        <message>
            <source>Could not queue the attachments: %1</source>
            <translation>Impossible de mettre les pièces jointes en file d’attente : %1</translation>
        </message>
        <message>
            <source>At most %1 files can go in one message.</source>
            <translation>Un message peut contenir %1 fichiers au plus.</translation>
        </message>
        <message>
            <source>Image %1</source>
            <comment>file name of a pasted image, then date and time</comment>
            <translation>Image %1</translation>
        </message>
        <message>
            <source>All files (*);;Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
            <translation>Tous les fichiers (*);;Images (*.png *.jpg *.jpeg *.webp *.gif)</translation>
        </message>
        <message>
            <source>Quick replies</source>
            <translation>Réponses rapides</translation>
        </message>
        <message>
            <source>Insert a quick reply (or type / and a word)</source>
            <translation>Insérer une réponse rapide (ou tapez / et un mot)</translation>
        </message>
        <message>
            <source>No quick replies yet</source>
            <translation>Aucune réponse rapide pour l'instant</translation>
        </message>
        <message>
            <source>Manage quick replies…</source>
            <translation>Gérer les réponses rapides…</translation>
        </message>
        <message>
            <source>Add a caption (optional)…</source>
            <translation>Ajouter une légende (facultatif)…</translation>
        </message>
        <message>
            <source>Insert an emoji</source>
            <translation>Insérer un émoji</translation>
        </message>
        <message>
            <source>Emoji</source>
            <translation>Émoji</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ConnectionBanner</name>
        <message>
            <source>Connection status</source>
            <translation>État de la connexion</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message numerus="yes">
            <source>Offline — %n message(s) waiting</source>
            <translation>
                <numerusform>Hors ligne — %n message en attente</numerusform>
                <numerusform>Hors ligne — %n messages en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline — trying to reconnect</source>
            <translation>Hors ligne — nouvelle tentative de connexion</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Réessayer maintenant</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n message(s)…</source>
            <translation>
                <numerusform>Envoi de %n message…</numerusform>
                <numerusform>Envoi de %n messages…</numerusform>
            </translation>
        </message>
        <message>
            <source>Reconnected</source>
            <translation>Reconnecté</translation>
        </message>
        <message>
            <source>Signed out — sign in again</source>
            <translation>Déconnecté — reconnectez-vous</translation>
        </message>
        <message>
            <source>Sign in…</source>
            <translation>Se connecter…</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ConversationDelegate</name>
        <message numerus="yes">
            <source>Group · %n people</source>
            <comment>a group's members, in the list</comment>
            <translation>
                <numerusform>Groupe · %n personne</numerusform>
                <numerusform>Groupe · %n personnes</numerusform>
            </translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Prestataire</translation>
        </message>
        <message>
            <source>Hirer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Assistance</translation>
        </message>
        <message>
            <source>Draft: </source>
            <translation>Brouillon : </translation>
        </message>
        <message>
            <source>99+</source>
            <translation>99+</translation>
        </message>
        <message>
            <source>online</source>
            <translation>en ligne</translation>
        </message>
        <message>
            <source>job: %1</source>
            <translation>mission : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n non lu</numerusform>
                <numerusform>%n non lus</numerusform>
            </translation>
        </message>
        <message>
            <source>muted</source>
            <translation>notifications désactivées</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ConversationPane</name>
        <message>
            <source>New conversation…</source>
            <translation>Nouvelle conversation…</translation>
        </message>
        <message>
            <source>New group…</source>
            <translation>Nouveau groupe…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Search conversations</source>
            <translation>Rechercher des conversations</translation>
        </message>
        <message>
            <source>Filter conversations by name or job (Ctrl+F)</source>
            <translation>Filtrer les conversations par nom ou mission (Ctrl+F)</translation>
        </message>
        <message>
            <source>New conversation</source>
            <translation>Nouvelle conversation</translation>
        </message>
        <message>
            <source>Chats</source>
            <translation>Discussions</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivées</translation>
        </message>
        <message>
            <source>Conversation views</source>
            <translation>Vues des conversations</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>No conversations match “%1”.</source>
            <translation>Aucune conversation ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>No archived conversations.</source>
            <translation>Aucune conversation archivée.</translation>
        </message>
        <message>
            <source>No conversations yet.
Start one with “+”.</source>
            <translation>Pas encore de conversation.
Commencez-en une avec « + ».</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>Actions sur la conversation</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <translation>Désarchiver</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiver</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <translation>Marquer comme lu</translation>
        </message>
        <message>
            <source>Could not archive the conversation</source>
            <translation>Impossible d'archiver la conversation</translation>
        </message>
        <message>
            <source>Could not unarchive the conversation</source>
            <translation>Impossible de désarchiver la conversation</translation>
        </message>
        <message>
            <source>Could not mark the conversation as read</source>
            <translation>Impossible de marquer la conversation comme lue</translation>
        </message>
        <message>
            <source>Mute notifications</source>
            <translation>Désactiver les notifications</translation>
        </message>
        <message>
            <source>Unmute notifications</source>
            <translation>Réactiver les notifications</translation>
        </message>
        <message>
            <source>Notify during quiet hours</source>
            <translation>Notifier pendant les heures calmes</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ImageViewer</name>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Previous image (Left arrow)</source>
            <translation>Image précédente (flèche gauche)</translation>
        </message>
        <message>
            <source>Next image (Right arrow)</source>
            <translation>Image suivante (flèche droite)</translation>
        </message>
        <message>
            <source>Zoom out (−)</source>
            <translation>Zoom arrière (−)</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>Zoom avant (+)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <source>Fit to the window (0)</source>
            <translation>Ajuster à la fenêtre (0)</translation>
        </message>
        <message>
            <source>1:1</source>
            <translation>1:1</translation>
        </message>
        <message>
            <source>Actual size (1)</source>
            <translation>Taille réelle (1)</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Save the image (Ctrl+S)</source>
            <translation>Enregistrer l’image (Ctrl+S)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy the image (Ctrl+C)</source>
            <translation>Copier l’image (Ctrl+C)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Fermer (Échap)</translation>
        </message>
        <message>
            <source>The image could not be loaded.</source>
            <translation>L’image n’a pas pu être chargée.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Save image</source>
            <translation>Enregistrer l’image</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistrée.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistrée : %1</translation>
        </message>
        <message>
            <source>Image viewer</source>
            <translation>Visionneuse d’images</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <source>%1 %</source>
            <comment>zoom level</comment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Previous image</source>
            <translation>Image précédente</translation>
        </message>
        <message>
            <source>Next image</source>
            <translation>Image suivante</translation>
        </message>
        <message>
            <source>Previous image (Right arrow)</source>
            <translation>Image précédente (flèche droite)</translation>
        </message>
        <message>
            <source>Next image (Left arrow)</source>
            <translation>Image suivante (flèche gauche)</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <comment>date at time</comment>
            <translation>%1 à %2</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>date · file name</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>image position</comment>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Vous</translation>
        </message>
        <message>
            <source>Someone</source>
            <translation>Quelqu’un</translation>
        </message>
        <message>
            <source>The conversation is closed.</source>
            <translation>La conversation est fermée.</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::LoginDialog</name>
        <message>
            <source>Sign in to Kora</source>
            <translation>Connexion à Kora</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>you@example.com</source>
            <translation>vous@exemple.com</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Sign-in error</source>
            <translation>Erreur de connexion</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;E-mail :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Connexion en cours…</translation>
        </message>
        <message>
            <source>Wrong email or password.</source>
            <translation>Adresse e-mail ou mot de passe incorrect.</translation>
        </message>
        <message>
            <source>Cannot reach the server at %1. Check the address and your connection.</source>
            <translation>Impossible de joindre le serveur %1. Vérifiez l'adresse et votre connexion.</translation>
        </message>
        <message>
            <source>The server at %1 did not answer in time. Try again.</source>
            <translation>Le serveur %1 n'a pas répondu à temps. Réessayez.</translation>
        </message>
        <message>
            <source>The server's certificate cannot be trusted: %1</source>
            <translation>Le certificat du serveur n’est pas digne de confiance : %1</translation>
        </message>
        <message>
            <source>Too many sign-in attempts. Wait a minute and try again.</source>
            <translation>Trop de tentatives de connexion. Attendez une minute et réessayez.</translation>
        </message>
        <message>
            <source>Enter a valid email address and password.</source>
            <translation>Saisissez une adresse e-mail et un mot de passe valides.</translation>
        </message>
        <message>
            <source>The server at %1 does not look like a Kora server.</source>
            <translation>Le serveur %1 ne semble pas être un serveur Kora.</translation>
        </message>
        <message>
            <source>Sign-in failed: %1</source>
            <translation>Échec de la connexion : %1</translation>
        </message>
        <message>
            <source>Enter a server address such as https://chat.example.com.</source>
            <translation>Saisissez une adresse de serveur, par exemple https://chat.exemple.com.</translation>
        </message>
        <message>
            <source>Enter your email and password.</source>
            <translation>Saisissez votre e-mail et votre mot de passe.</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::MainWindow</name>
        <message>
            <source>Search in this con&amp;versation…</source>
            <translation>Rechercher dans cette con&amp;versation…</translation>
        </message>
        <message>
            <source>&amp;Search messages…</source>
            <translation>&amp;Rechercher dans les messages…</translation>
        </message>
        <message>
            <source>New &amp;group…</source>
            <translation>Nouveau &amp;groupe…</translation>
        </message>
        <message>
            <source>Sign out &amp;everywhere…</source>
            <translation>Se déconnecter &amp;partout…</translation>
        </message>
        <message>
            <source>Sign out everywhere?</source>
            <translation>Se déconnecter partout ?</translation>
        </message>
        <message>
            <source>Every device signed in to this account, this one included, is signed out at once and must sign in again. Use it if a device was lost or someone else may know your password.</source>
            <translation>Tous les appareils connectés à ce compte, celui-ci compris, sont déconnectés immédiatement et devront se reconnecter. À utiliser si un appareil a été perdu ou si quelqu’un d’autre connaît peut-être votre mot de passe.</translation>
        </message>
        <message>
            <source>Sign out everywhere</source>
            <translation>Se déconnecter partout</translation>
        </message>
        <message>
            <source>Kora</source>
            <translation>Kora</translation>
        </message>
        <message>
            <source>&amp;Kora</source>
            <translation>&amp;Kora</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Conversation</source>
            <translation>&amp;Conversation</translation>
        </message>
        <message>
            <source>&amp;New conversation…</source>
            <translation>&amp;Nouvelle conversation…</translation>
        </message>
        <message>
            <source>&amp;Quick switcher…</source>
            <translation>Accès &amp;rapide…</translation>
        </message>
        <message>
            <source>&amp;Find conversation</source>
            <translation>&amp;Rechercher une conversation</translation>
        </message>
        <message>
            <source>&amp;Previous conversation</source>
            <translation>Conversation &amp;précédente</translation>
        </message>
        <message>
            <source>Ne&amp;xt conversation</source>
            <translation>Conversation &amp;suivante</translation>
        </message>
        <message>
            <source>&amp;Mute notifications</source>
            <translation>&amp;Désactiver les notifications</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>Quick &amp;replies…</source>
            <translation>&amp;Réponses rapides…</translation>
        </message>
        <message>
            <source>&amp;Blocked people…</source>
            <translation>Personnes &amp;bloquées…</translation>
        </message>
        <message>
            <source>Kora (%1)</source>
            <translation>Kora (%1)</translation>
        </message>
        <message>
            <source>Kora — %1 (%2)</source>
            <translation>Kora — %1 (%2)</translation>
        </message>
        <message>
            <source>Kora — %1</source>
            <translation>Kora — %1</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Hide this notice</source>
            <translation>Masquer cet avis</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Connecté en tant que %1</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>Compte : %1</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::MediaCache</name>
        <message>
            <source>The image cannot be read.</source>
            <translation>L’image est illisible.</translation>
        </message>
        <message>
            <source>The image is too large to show.</source>
            <translation>L’image est trop grande pour être affichée.</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::MessageDelegate</name>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Hier</translation>
        </message>
        <message>
            <source>d MMMM</source>
            <comment>date separator, this year</comment>
            <translation>d MMMM</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>modifié</translation>
        </message>
        <message>
            <source>edited %1</source>
            <comment>edited mark, then the time</comment>
            <translation>modifié %1</translation>
        </message>
        <message>
            <source>Message deleted</source>
            <translation>Message supprimé</translation>
        </message>
        <message>
            <source>Not sent: %1</source>
            <translation>Non envoyé : %1</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Unread messages</source>
            <translation>Messages non lus</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Image not available</source>
            <translation>Image indisponible</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>file size · file type</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>date · delivery state</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Contact details hidden by Kora. They can be shared once the booking is confirmed.</source>
            <translation>Coordonnées masquées par Kora. Elles pourront être partagées une fois la réservation confirmée.</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 à %2</translation>
        </message>
        <message>
            <source>%1 (edited)</source>
            <translation>%1 (modifié)</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>En attente d’envoi</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Non envoyé</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyé</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Distribué</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Lu</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n fichier</numerusform>
                <numerusform>%n fichiers</numerusform>
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
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Vous</translation>
        </message>
        <message>
            <source>Someone</source>
            <translation>Quelqu’un</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>sender: message</comment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1, %2: %3</source>
            <translation>%1, %2 : %3</translation>
        </message>
        <message>
            <source>Original message</source>
            <translation>Message d'origine</translation>
        </message>
        <message>
            <source>Image %1</source>
            <translation>Image %1</translation>
        </message>
        <message>
            <source>File %1</source>
            <translation>Fichier %1</translation>
        </message>
        <message>
            <source>Cancel upload</source>
            <translation>Annuler l'envoi</translation>
        </message>
        <message>
            <source>Reaction %1, yours</source>
            <translation>Réaction %1, la vôtre</translation>
        </message>
        <message>
            <source>Reaction %1</source>
            <translation>Réaction %1</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::NewConversationDialog</name>
        <message>
            <source>New conversation</source>
            <translation>Nouvelle conversation</translation>
        </message>
        <message>
            <source>Search people by name or email</source>
            <translation>Rechercher des personnes par nom ou e-mail</translation>
        </message>
        <message>
            <source>Search people</source>
            <translation>Rechercher des personnes</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Job title (optional)</source>
            <translation>Intitulé de la mission (facultatif)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>&amp;Open conversation</source>
            <translation>&amp;Ouvrir la conversation</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Personne :</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check your connection and try again.</source>
            <translation>Le serveur est injoignable. Vérifiez votre connexion et réessayez.</translation>
        </message>
        <message>
            <source>The server did not answer in time. Try again.</source>
            <translation>Le serveur n'a pas répondu à temps. Réessayez.</translation>
        </message>
        <message>
            <source>The secure connection to the server failed: %1</source>
            <translation>La connexion sécurisée au serveur a échoué : %1</translation>
        </message>
        <message>
            <source>A network error occurred: %1</source>
            <translation>Une erreur réseau est survenue : %1</translation>
        </message>
        <message>
            <source>Your session has expired. Sign in again.</source>
            <translation>Votre session a expiré. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>You are not allowed to do this.</source>
            <translation>Vous n'êtes pas autorisé à faire cela.</translation>
        </message>
        <message>
            <source>That person or conversation no longer exists.</source>
            <translation>Cette personne ou cette conversation n'existe plus.</translation>
        </message>
        <message>
            <source>Too many requests. Wait a moment and try again.</source>
            <translation>Trop de requêtes. Patientez un instant et réessayez.</translation>
        </message>
        <message>
            <source>Something went wrong (%1).</source>
            <translation>Un problème est survenu (%1).</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>There is nobody to write to yet.</source>
            <translation>Il n'y a encore personne à qui écrire.</translation>
        </message>
        <message>
            <source>Nobody found for “%1”.</source>
            <translation>Personne trouvé pour « %1 ».</translation>
        </message>
        <message>
            <source>Opening the conversation…</source>
            <translation>Ouverture de la conversation…</translation>
        </message>
        <message>
            <source>The conversation could not be saved: %1</source>
            <translation>La conversation n'a pas pu être enregistrée : %1</translation>
        </message>
        <message>
            <source>Optional, e.g. Kitchen tiling</source>
            <translation>Facultatif, par ex. Pose de carrelage</translation>
        </message>
        <message>
            <source>About a &amp;job:</source>
            <translation>À propos d’un &amp;travail :</translation>
        </message>
        <message>
            <source>%1 — in your conversations</source>
            <translation>%1 — dans vos conversations</translation>
        </message>
        <message>
            <source>%1, in your conversations</source>
            <translation>%1, dans vos conversations</translation>
        </message>
        <message>
            <source>&amp;Start conversation</source>
            <translation>&amp;Commencer la conversation</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::QuickSwitcher</name>
        <message>
            <source>Quick switcher</source>
            <translation>Accès rapide</translation>
        </message>
        <message>
            <source>Jump to a conversation…</source>
            <translation>Aller à une conversation…</translation>
        </message>
        <message>
            <source>Conversation name</source>
            <translation>Nom de la conversation</translation>
        </message>
        <message>
            <source>Matching conversations</source>
            <translation>Conversations correspondantes</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::SupportConversationView</name>
        <message>
            <source>Export transcript…</source>
            <translation>Exporter la transcription…</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>Job: %1</source>
            <translation>Mission : %1</translation>
        </message>
        <message>
            <source>Job: %1 (%2)</source>
            <translation>Mission : %1 (%2)</translation>
        </message>
        <message>
            <source>Loading the conversation…</source>
            <translation>Chargement de la conversation…</translation>
        </message>
        <message>
            <source>Could not open the conversation: %1</source>
            <translation>Impossible d’ouvrir la conversation : %1</translation>
        </message>
        <message>
            <source>Loading older messages…</source>
            <translation>Chargement des messages plus anciens…</translation>
        </message>
        <message>
            <source>Could not load older messages: %1</source>
            <translation>Impossible de charger les messages plus anciens : %1</translation>
        </message>
        <message>
            <source>Search on the left and pick a conversation to read it. Opening one is logged.</source>
            <translation>Recherchez à gauche et choisissez une conversation pour la lire. Chaque ouverture est journalisée.</translation>
        </message>
        <message>
            <source>The reported message is no longer in this conversation.</source>
            <translation>Le message signalé ne figure plus dans cette conversation.</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::SupportSearchPane</name>
        <message>
            <source>Name, email or text in messages</source>
            <translation>Nom, e-mail ou texte des messages</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>Exact job id</source>
            <translation>Identifiant exact de la mission</translation>
        </message>
        <message>
            <source>&amp;Job id:</source>
            <translation>&amp;Mission :</translation>
        </message>
        <message>
            <source>Active on or after</source>
            <translation>Active le ou après le</translation>
        </message>
        <message>
            <source>Started on or before</source>
            <translation>Commencée le ou avant le</translation>
        </message>
        <message>
            <source>Only conversations with activity on this day or later</source>
            <translation>Seulement les conversations actives ce jour-là ou après</translation>
        </message>
        <message>
            <source>Only conversations that began on this day or earlier</source>
            <translation>Seulement les conversations commencées ce jour-là ou avant</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Conversations found</source>
            <translation>Conversations trouvées</translation>
        </message>
        <message>
            <source>More results</source>
            <translation>Plus de résultats</translation>
        </message>
        <message>
            <source>Job: %1</source>
            <translation>Mission : %1</translation>
        </message>
        <message>
            <source>Job: %1 (%2)</source>
            <translation>Mission : %1 (%2)</translation>
        </message>
        <message>
            <source>The end of the date range is before its start.</source>
            <translation>La fin de la période précède son début.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation>La recherche a échoué : %1</translation>
        </message>
        <message>
            <source>No conversations found.</source>
            <translation>Aucune conversation trouvée.</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s) found.</source>
            <translation>
                <numerusform>%n conversation trouvée.</numerusform>
                <numerusform>%n conversations trouvées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last active %1</source>
            <translation>Dernière activité %1</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::SupportWindow</name>
        <message>
            <source>Kora Support view (read-only) — %1</source>
            <translation>Kora Vue assistance (lecture seule) — %1</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Connecté en tant que %1</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <source>Kora cannot open its temporary data: %1</source>
            <translation>Kora ne peut pas ouvrir ses données temporaires : %1</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Journal d’audit</translation>
        </message>
        <message>
            <source>Support view — read-only, access is logged</source>
            <translation>Vue assistance — lecture seule, les accès sont journalisés</translation>
        </message>
        <message>
            <source>As HTML…</source>
            <translation>En HTML…</translation>
        </message>
        <message>
            <source>As PDF…</source>
            <translation>En PDF…</translation>
        </message>
        <message>
            <source>Export transcript</source>
            <translation>Exporter la transcription</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Web pages (*.html)</source>
            <translation>Pages web (*.html)</translation>
        </message>
        <message>
            <source>Open a conversation first.</source>
            <translation>Ouvrez d’abord une conversation.</translation>
        </message>
        <message>
            <source>Loading the whole conversation…</source>
            <translation>Chargement de toute la conversation…</translation>
        </message>
        <message>
            <source>Could not load the conversation: %1</source>
            <translation>Impossible de charger la conversation : %1</translation>
        </message>
        <message>
            <source>The export could not be recorded in the audit log, so nothing was written: %1</source>
            <translation>L’export n’a pas pu être consigné dans le journal d’audit ; rien n’a été écrit : %1</translation>
        </message>
        <message>
            <source>Conversation transcript</source>
            <translation>Transcription de la conversation</translation>
        </message>
        <message>
            <source>Transcript saved to %1</source>
            <translation>Transcription enregistrée dans %1</translation>
        </message>
        <message>
            <source>Could not write the transcript: %1</source>
            <translation>Impossible d’écrire la transcription : %1</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Signalements</translation>
        </message>
        <message>
            <source>Opening the reported conversation…</source>
            <translation>Ouverture de la conversation signalée…</translation>
        </message>
        <message>
            <source>Could not open the reported conversation: %1</source>
            <translation>Impossible d’ouvrir la conversation signalée : %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>people (job)</comment>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::TranscriptExporter</name>
        <message>
            <source>Conversation transcript</source>
            <translation>Transcription de la conversation</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Commencée</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exportée</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 par %2</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>Unknown (%1)</source>
            <translation>Inconnu (%1)</translation>
        </message>
        <message>
            <source>Message deleted</source>
            <translation>Message supprimé</translation>
        </message>
        <message>
            <source>Attachment: %1 (%2, %3)</source>
            <translation>Pièce jointe : %1 (%2, %3)</translation>
        </message>
        <message>
            <source>edited %1</source>
            <translation>modifié le %1</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::EmojiPicker</name>
        <message>
            <source>Frequently used</source>
            <translation>Fréquemment utilisés</translation>
        </message>
        <message>
            <source>Smileys and emotion</source>
            <translation>Smileys et émotions</translation>
        </message>
        <message>
            <source>People and body</source>
            <translation>Personnes et corps</translation>
        </message>
        <message>
            <source>Animals and nature</source>
            <translation>Animaux et nature</translation>
        </message>
        <message>
            <source>Food and drink</source>
            <translation>Nourriture et boissons</translation>
        </message>
        <message>
            <source>Travel and places</source>
            <translation>Voyages et lieux</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Objects</source>
            <translation>Objets</translation>
        </message>
        <message>
            <source>Symbols</source>
            <translation>Symboles</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Drapeaux</translation>
        </message>
        <message>
            <source>Pick an emoji</source>
            <translation>Choisir un émoji</translation>
        </message>
        <message>
            <source>Search emoji</source>
            <translation>Rechercher un émoji</translation>
        </message>
        <message>
            <source>Emoji categories</source>
            <translation>Catégories d’émojis</translation>
        </message>
        <message>
            <source>Emoji</source>
            <translation>Émojis</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::QuickReactionBar</name>
        <message>
            <source>Message actions</source>
            <translation>Actions sur le message</translation>
        </message>
        <message>
            <source>React with %1</source>
            <translation>Réagir avec %1</translation>
        </message>
        <message>
            <source>More reactions…</source>
            <translation>Plus de réactions…</translation>
        </message>
        <message>
            <source>Reply (Ctrl+R)</source>
            <translation>Répondre (Ctrl+R)</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>Autres actions</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ReactionActions</name>
        <message>
            <source>Could not react: %1</source>
            <translation>Impossible de réagir : %1</translation>
        </message>
        <message>
            <source>React</source>
            <translation>Réagir</translation>
        </message>
        <message>
            <source>More reactions…</source>
            <translation>Plus de réactions…</translation>
        </message>
        <message>
            <source>the message was deleted or takes no more reactions</source>
            <translation>le message a été supprimé ou n’accepte plus de réactions</translation>
        </message>
        <message>
            <source>you cannot react in this conversation</source>
            <translation>vous ne pouvez pas réagir dans cette conversation</translation>
        </message>
        <message>
            <source>the message is gone</source>
            <translation>le message n’existe plus</translation>
        </message>
        <message>
            <source>Your reaction %1 was not added: %2</source>
            <translation>Votre réaction %1 n’a pas été ajoutée : %2</translation>
        </message>
        <message>
            <source>Your reaction %1 was not removed: %2</source>
            <translation>Votre réaction %1 n’a pas été retirée : %2</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ReactionStrip</name>
        <message>
            <source>You</source>
            <translation>Vous</translation>
        </message>
        <message numerus="yes">
            <source>%n people reacted with %1</source>
            <translation>
                <numerusform>Réaction %1 : %n personne</numerusform>
                <numerusform>Réaction %1 : %n personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more reacted with %2</source>
            <translation>
                <numerusform>Réaction %2 : %1 et %n autre</numerusform>
                <numerusform>Réaction %2 : %1 et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 reacted with %2</source>
            <translation>Réaction %2 : %1</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ReplyActions</name>
        <message>
            <source>Reply</source>
            <translation>Répondre</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ReplyBar</name>
        <message>
            <source>Cancel the reply (Esc)</source>
            <translation>Annuler la réponse (Échap)</translation>
        </message>
        <message>
            <source>Cancel the reply</source>
            <translation>Annuler la réponse</translation>
        </message>
        <message>
            <source>Replying to %1:</source>
            <translation>Réponse à %1 :</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ReplyQuote</name>
        <message>
            <source>You</source>
            <translation>Vous</translation>
        </message>
        <message>
            <source>Someone</source>
            <translation>Quelqu’un</translation>
        </message>
        <message>
            <source>Original message</source>
            <translation>Message d’origine</translation>
        </message>
        <message>
            <source>Deleted message</source>
            <translation>Message supprimé</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>kora::models::KoraLink</name>
        <message>
            <source>The link's parameters are malformed.</source>
            <translation>Les paramètres du lien sont mal formés.</translation>
        </message>
        <message>
            <source>The link has a parameter Kora does not know.</source>
            <translation>Le lien contient un paramètre que Kora ne connaît pas.</translation>
        </message>
        <message>
            <source>The link gives a parameter twice.</source>
            <translation>Le lien donne deux fois le même paramètre.</translation>
        </message>
        <message>
            <source>The link does not name a Kora user.</source>
            <translation>Le lien ne désigne aucun utilisateur de Kora.</translation>
        </message>
        <message>
            <source>The link's job id is not valid.</source>
            <translation>L’identifiant de mission du lien n’est pas valide.</translation>
        </message>
        <message>
            <source>The link's job title is empty or too long.</source>
            <translation>Le titre de mission du lien est vide ou trop long.</translation>
        </message>
        <message>
            <source>The link's job title contains characters Kora does not accept.</source>
            <translation>Le titre de mission du lien contient des caractères que Kora n’accepte pas.</translation>
        </message>
        <message>
            <source>The link gives a job title without a job id.</source>
            <translation>Le lien donne un titre de mission sans identifiant de mission.</translation>
        </message>
        <message>
            <source>The link is too long.</source>
            <translation>Le lien est trop long.</translation>
        </message>
        <message>
            <source>The link contains spaces, control or non-ASCII characters.</source>
            <translation>Le lien contient des espaces, des caractères de contrôle ou des caractères non ASCII.</translation>
        </message>
        <message>
            <source>Only kora:// links can be opened in Kora.</source>
            <translation>Kora n’ouvre que les liens kora://.</translation>
        </message>
        <message>
            <source>The link's form is not one Kora accepts.</source>
            <translation>Kora n’accepte pas cette forme de lien.</translation>
        </message>
        <message>
            <source>The link does not name a conversation.</source>
            <translation>Le lien ne désigne aucune conversation.</translation>
        </message>
        <message>
            <source>Kora cannot open this kind of link.</source>
            <translation>Kora ne sait pas ouvrir ce type de lien.</translation>
        </message>
        <message>
            <source>The link does not name a message.</source>
            <translation>Le lien ne désigne pas de message.</translation>
        </message>
    </context>
    <context>
        <name>kora::app::LinkHandler</name>
        <message>
            <source>A support account cannot open conversations from links.</source>
            <translation>Un compte d’assistance ne peut pas ouvrir de conversation depuis un lien.</translation>
        </message>
        <message>
            <source>Kora cannot open this link. %1</source>
            <translation>Kora ne peut pas ouvrir ce lien. %1</translation>
        </message>
        <message>
            <source>This conversation is not one of yours, or it no longer exists.</source>
            <translation>Cette conversation n’est pas l’une des vôtres, ou elle n’existe plus.</translation>
        </message>
        <message>
            <source>This link is for a conversation with yourself.</source>
            <translation>Ce lien mène à une conversation avec vous-même.</translation>
        </message>
        <message>
            <source>Kora cannot look up the person of this link. %1</source>
            <translation>Kora ne peut pas retrouver la personne de ce lien. %1</translation>
        </message>
        <message>
            <source>No one you can write to matches this link.</source>
            <translation>Ce lien ne correspond à personne à qui vous pouvez écrire.</translation>
        </message>
        <message>
            <source>Kora</source>
            <translation>Kora</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::LinkConfirmDialog</name>
        <message>
            <source>worker</source>
            <translation>prestataire</translation>
        </message>
        <message>
            <source>hirer</source>
            <translation>client</translation>
        </message>
        <message>
            <source>Open a conversation from a link</source>
            <translation>Ouvrir une conversation depuis un lien</translation>
        </message>
        <message>
            <source>A web page or another program asks Kora to open a conversation. Nothing happens unless you choose to open it.</source>
            <translation>Une page web ou un autre programme demande à Kora d’ouvrir une conversation. Rien ne se passe tant que vous ne choisissez pas de l’ouvrir.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No job is named.</source>
            <translation>Aucune mission n’est indiquée.</translation>
        </message>
        <message>
            <source>About job %1</source>
            <translation>À propos de la mission %1</translation>
        </message>
        <message>
            <source>About the job “%1” (%2)</source>
            <translation>À propos de la mission « %1 » (%2)</translation>
        </message>
        <message>
            <source>Open conversation</source>
            <translation>Ouvrir la conversation</translation>
        </message>
    </context>
    <context>
        <name>kora::app::SingleInstance</name>
        <message>
            <source>Another Kora is starting and holds %1.</source>
            <translation>Un autre Kora est en train de démarrer et détient %1.</translation>
        </message>
        <message>
            <source>The arguments are too long to hand over.</source>
            <translation>Les arguments sont trop longs pour être transmis.</translation>
        </message>
        <message>
            <source>The running Kora did not answer: %1</source>
            <translation>Le Kora déjà ouvert n’a pas répondu : %1</translation>
        </message>
        <message>
            <source>The running Kora gave an unexpected answer.</source>
            <translation>Le Kora déjà ouvert a donné une réponse inattendue.</translation>
        </message>
        <message>
            <source>Cannot listen on %1: %2</source>
            <translation>Impossible d’écouter sur %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>kora::models::MessageListModel</name>
        <message>
            <source>you cannot write to this person</source>
            <translation>vous ne pouvez pas écrire à cette personne</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ReportDialog</name>
        <message>
            <source>Spam or advertising</source>
            <translation>Spam ou publicité</translation>
        </message>
        <message>
            <source>A scam or fraud</source>
            <translation>Une arnaque ou une fraude</translation>
        </message>
        <message>
            <source>Asks to pay or talk outside Kora</source>
            <translation>Demande de payer ou de discuter hors de Kora</translation>
        </message>
        <message>
            <source>Harassment or threats</source>
            <translation>Harcèlement ou menaces</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Autre chose</translation>
        </message>
        <message>
            <source>Report to Kora support</source>
            <translation>Signaler au support Kora</translation>
        </message>
        <message>
            <source>What is wrong with this message?</source>
            <translation>Quel est le problème avec ce message ?</translation>
        </message>
        <message>
            <source>What is wrong with this conversation?</source>
            <translation>Quel est le problème avec cette conversation ?</translation>
        </message>
        <message>
            <source>Tell support what happened (optional)</source>
            <translation>Dites au support ce qui s’est passé (facultatif)</translation>
        </message>
        <message>
            <source>Note for support</source>
            <translation>Note pour le support</translation>
        </message>
        <message>
            <source>Also block %1</source>
            <translation>Bloquer aussi %1</translation>
        </message>
        <message>
            <source>Support reads this conversation to look into it. No one is told who reported it.</source>
            <translation>Le support lit cette conversation pour examiner le signalement. Personne n’apprend qui l’a signalée.</translation>
        </message>
        <message>
            <source>Send report</source>
            <translation>Envoyer le signalement</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::TrustActions</name>
        <message>
            <source>Unblock</source>
            <translation>Débloquer</translation>
        </message>
        <message>
            <source>You blocked %1. They cannot write to you here until you unblock them.</source>
            <translation>Vous avez bloqué %1. Cette personne ne peut plus vous écrire ici tant que vous ne l’avez pas débloquée.</translation>
        </message>
        <message>
            <source>Your report reached Kora support. Thank you.</source>
            <translation>Votre signalement est parvenu au support Kora. Merci.</translation>
        </message>
        <message>
            <source>Your report was not taken: %1</source>
            <translation>Votre signalement n’a pas été accepté : %1</translation>
        </message>
        <message>
            <source>this person</source>
            <translation>cette personne</translation>
        </message>
        <message>
            <source>Unblock %1</source>
            <translation>Débloquer %1</translation>
        </message>
        <message>
            <source>Block %1…</source>
            <translation>Bloquer %1…</translation>
        </message>
        <message>
            <source>Report conversation…</source>
            <translation>Signaler la conversation…</translation>
        </message>
        <message>
            <source>Report message…</source>
            <translation>Signaler le message…</translation>
        </message>
        <message>
            <source>Block %1?</source>
            <translation>Bloquer %1 ?</translation>
        </message>
        <message>
            <source>%1 will not be able to write to you, react or start a new conversation with you. You can both still read what was written, and you can unblock them at any time.</source>
            <translation>%1 ne pourra plus vous écrire, réagir ni commencer une nouvelle conversation avec vous. Vous pourrez tous deux encore lire ce qui a été écrit, et vous pouvez débloquer cette personne à tout moment.</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>Bloquer</translation>
        </message>
        <message>
            <source>%1 is blocked.</source>
            <translation>%1 est bloqué(e).</translation>
        </message>
        <message>
            <source>%1 is unblocked.</source>
            <translation>%1 est débloqué(e).</translation>
        </message>
        <message>
            <source>Could not block %1: %2</source>
            <translation>Impossible de bloquer %1 : %2</translation>
        </message>
        <message>
            <source>Could not unblock %1: %2</source>
            <translation>Impossible de débloquer %1 : %2</translation>
        </message>
        <message>
            <source>Could not report: %1</source>
            <translation>Impossible de signaler : %1</translation>
        </message>
        <message>
            <source>Your report will be sent when you are back online.</source>
            <translation>Votre signalement sera envoyé dès que vous serez de nouveau en ligne.</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ContactNotice</name>
        <message>
            <source>Keep payments and contact on Kora until the booking is confirmed. This message has contact details in it.</source>
            <translation>Gardez paiements et échanges sur Kora jusqu'à la confirmation de la réservation. Ce message contient des coordonnées.</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Edit the message</source>
            <translation>Modifier le message</translation>
        </message>
        <message>
            <source>Send anyway</source>
            <translation>Envoyer quand même</translation>
        </message>
        <message>
            <source>Send the message with its contact details</source>
            <translation>Envoyer le message avec ses coordonnées</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::SafetyBanner</name>
        <message>
            <source>For your safety, keep payments and contact details on Kora until the booking is confirmed. If something goes wrong, support can only help with what happened here.</source>
            <translation>Pour votre sécurité, gardez paiements et coordonnées sur Kora jusqu'à la confirmation de la réservation. En cas de problème, le support ne peut vous aider que sur ce qui s'est passé ici.</translation>
        </message>
        <message>
            <source>Got it, don't show this again here</source>
            <translation>Compris, ne plus l'afficher ici</translation>
        </message>
        <message>
            <source>Close the safety notice</source>
            <translation>Fermer l'avis de sécurité</translation>
        </message>
    </context>
    <context>
        <name>kora::models::QuickReplies</name>
        <message>
            <source>A quick reply needs some text.</source>
            <translation>Une réponse rapide doit contenir du texte.</translation>
        </message>
        <message>
            <source>A quick reply can be at most %1 characters long.</source>
            <translation>Une réponse rapide peut compter au plus %1 caractères.</translation>
        </message>
        <message>
            <source>A title can be at most %1 characters long.</source>
            <translation>Un titre peut compter au plus %1 caractères.</translation>
        </message>
        <message>
            <source>Could not save the quick replies: %1</source>
            <translation>Impossible d'enregistrer les réponses rapides : %1</translation>
        </message>
        <message>
            <source>You can keep at most %1 quick replies.</source>
            <translation>Vous pouvez garder au plus %1 réponses rapides.</translation>
        </message>
        <message>
            <source>That quick reply is gone.</source>
            <translation>Cette réponse rapide n'existe plus.</translation>
        </message>
        <message>
            <source>There is no quick reply there.</source>
            <translation>Il n'y a pas de réponse rapide à cet endroit.</translation>
        </message>
        <message>
            <source>This file is too large to be a list of quick replies.</source>
            <translation>Ce fichier est trop volumineux pour être une liste de réponses rapides.</translation>
        </message>
        <message>
            <source>This file is not a list of quick replies (it is not valid JSON).</source>
            <translation>Ce fichier n'est pas une liste de réponses rapides (ce n'est pas du JSON valide).</translation>
        </message>
        <message>
            <source>This file is not a list of Kora quick replies.</source>
            <translation>Ce fichier n'est pas une liste de réponses rapides Kora.</translation>
        </message>
        <message>
            <source>This file was written by a newer Kora; update Kora to import it.</source>
            <translation>Ce fichier vient d'une version plus récente de Kora ; mettez Kora à jour pour l'importer.</translation>
        </message>
        <message>
            <source>Reply %1 in this file is not a quick reply.</source>
            <translation>La réponse %1 de ce fichier n'est pas une réponse rapide.</translation>
        </message>
        <message>
            <source>Reply %1 in this file: %2</source>
            <translation>Réponse %1 de ce fichier : %2</translation>
        </message>
        <message>
            <source>Importing these would make more than %1 quick replies.</source>
            <translation>Les importer dépasserait %1 réponses rapides.</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::QuickRepliesDialog</name>
        <message>
            <source>{name}, {first_name} and {job} are filled in from the conversation you insert the reply into.</source>
            <translation>{name}, {first_name} et {job} sont remplis d'après la conversation où vous insérez la réponse.</translation>
        </message>
        <message>
            <source>Quick replies</source>
            <translation>Réponses rapides</translation>
        </message>
        <message>
            <source>Answers you give often, one click or a / away in the message field.</source>
            <translation>Les réponses que vous donnez souvent, à un clic ou un / du champ de message.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>Supprimé.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>%n quick reply(ies) exported.</source>
            <translation>
                <numerusform>%n réponse rapide exportée.</numerusform>
                <numerusform>%n réponses rapides exportées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>Nothing new to import: every reply in the file is already here.</source>
            <translation>Rien de nouveau à importer : toutes les réponses du fichier sont déjà là.</translation>
        </message>
        <message numerus="yes">
            <source>%n quick reply(ies) imported.</source>
            <translation>
                <numerusform>%n réponse rapide importée.</numerusform>
                <numerusform>%n réponses rapides importées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import quick replies</source>
            <translation>Importer des réponses rapides</translation>
        </message>
        <message>
            <source>Quick replies (*.json)</source>
            <translation>Réponses rapides (*.json)</translation>
        </message>
        <message>
            <source>Export quick replies</source>
            <translation>Exporter les réponses rapides</translation>
        </message>
        <message>
            <source>kora-quick-replies</source>
            <translation>kora-reponses-rapides</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::QuickReplyEditor</name>
        <message>
            <source>New quick reply</source>
            <translation>Nouvelle réponse rapide</translation>
        </message>
        <message>
            <source>Edit quick reply</source>
            <translation>Modifier la réponse rapide</translation>
        </message>
        <message>
            <source>e.g. Availability</source>
            <translation>ex. Disponibilité</translation>
        </message>
        <message>
            <source>&amp;Title (optional):</source>
            <translation>&amp;Titre (facultatif) :</translation>
        </message>
        <message>
            <source>Hi {first_name}, thanks for your message about {job}…</source>
            <translation>Bonjour {first_name}, merci pour votre message au sujet de {job}…</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Te&amp;xte :</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::QuickReplyPicker</name>
        <message>
            <source>Quick replies</source>
            <translation>Réponses rapides</translation>
        </message>
        <message>
            <source>Manage quick replies…</source>
            <translation>Gérer les réponses rapides…</translation>
        </message>
        <message>
            <source>No quick replies yet. Save the answers you give often and insert them with / and a word from them.</source>
            <translation>Aucune réponse rapide pour l'instant. Enregistrez les réponses que vous donnez souvent et insérez-les avec / suivi d'un de leurs mots.</translation>
        </message>
        <message>
            <source>No quick reply matches “%1”.</source>
            <translation>Aucune réponse rapide ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::BlockedPeopleDialog</name>
        <message>
            <source>Blocked people</source>
            <translation>Personnes bloquées</translation>
        </message>
        <message>
            <source>People you block cannot write to you, react or see you typing in your conversation with them. They are not told.</source>
            <translation>Les personnes que vous bloquez ne peuvent plus vous écrire, réagir ni vous voir écrire dans votre conversation avec elles. Elles n'en sont pas averties.</translation>
        </message>
        <message>
            <source>&amp;Unblock</source>
            <translation>&amp;Débloquer</translation>
        </message>
        <message>
            <source>You have not blocked anyone.</source>
            <translation>Vous n'avez bloqué personne.</translation>
        </message>
        <message>
            <source>Someone</source>
            <translation>Quelqu'un</translation>
        </message>
        <message>
            <source>%1 is unblocked.</source>
            <translation>%1 est débloqué(e).</translation>
        </message>
        <message>
            <source>Could not unblock %1: %2</source>
            <translation>Impossible de débloquer %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::BookingStatus</name>
        <message>
            <source>Requested</source>
            <translation>Demandée</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmée</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Payée</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>En litige</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::JobPanel</name>
        <message>
            <source>%1 (#%2)</source>
            <translation>%1 (n° %2)</translation>
        </message>
        <message>
            <source>Job #%1</source>
            <translation>Mission n° %1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Current job</source>
            <translation>Mission en cours</translation>
        </message>
        <message>
            <source>Jobs together</source>
            <translation>Missions ensemble</translation>
        </message>
        <message>
            <source>No bookings yet.</source>
            <translation>Aucune réservation pour l'instant.</translation>
        </message>
        <message>
            <source>Updates</source>
            <translation>Nouvelles</translation>
        </message>
        <message>
            <source>Job and booking updates</source>
            <translation>Nouvelles des missions et réservations</translation>
        </message>
        <message>
            <source>Job and booking news from the marketplace shows up here.</source>
            <translation>Les nouvelles des missions et réservations envoyées par la plateforme s'affichent ici.</translation>
        </message>
        <message>
            <source>Someone</source>
            <translation>Quelqu'un</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n personne</numerusform>
                <numerusform>%n personnes</numerusform>
            </translation>
        </message>
        <message>
            <source>You talk here since %1.</source>
            <translation>Vous échangez ici depuis le %1.</translation>
        </message>
        <message>
            <source>No job is linked to this conversation.</source>
            <translation>Aucune mission n'est liée à cette conversation.</translation>
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
            <translation>Arnaque</translation>
        </message>
        <message>
            <source>Payment outside the platform</source>
            <translation>Paiement hors de la plateforme</translation>
        </message>
        <message>
            <source>Harassment</source>
            <translation>Harcèlement</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>A participant</source>
            <translation>Un participant</translation>
        </message>
        <message>
            <source>%1 (the conversation)</source>
            <translation>%1 (la conversation)</translation>
        </message>
        <message>
            <source>%1 (one message)</source>
            <translation>%1 (un message)</translation>
        </message>
        <message>
            <source>No note</source>
            <translation>Aucune note</translation>
        </message>
        <message>
            <source>%1 (resolved %2)</source>
            <translation>%1 (traité le %2)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Signalé par</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Résolution</translation>
        </message>
        <message>
            <source>Not known yet: open the report to see who it is (user %1)</source>
            <translation>Pas encore connu : ouvrez le signalement pour le savoir (utilisateur %1)</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::SupportReportsView</name>
        <message>
            <source>Conversations and messages that participants reported, newest first. Opening one is logged.</source>
            <translation>Conversations et messages signalés par les participants, du plus récent au plus ancien. L’ouverture d’un signalement est journalisée.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouverts</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Traités</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Signalements</translation>
        </message>
        <message>
            <source>Load more</source>
            <translation>Charger plus</translation>
        </message>
        <message>
            <source>Open conversation</source>
            <translation>Ouvrir la conversation</translation>
        </message>
        <message>
            <source>Shows the conversation at the reported message (Enter)</source>
            <translation>Affiche la conversation au message signalé (Entrée)</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>Traiter…</translation>
        </message>
        <message>
            <source>Someone has resolved this report already. Refresh to see how.</source>
            <translation>Quelqu’un a déjà traité ce signalement. Actualisez pour voir comment.</translation>
        </message>
        <message>
            <source>The server does not know this report.</source>
            <translation>Le serveur ne connaît pas ce signalement.</translation>
        </message>
        <message>
            <source>This account may not do that any more. Sign in again.</source>
            <translation>Ce compte n’en a plus le droit. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>Kora cannot reach the server. Check the connection and try again.</source>
            <translation>Kora ne parvient pas à joindre le serveur. Vérifiez la connexion et réessayez.</translation>
        </message>
        <message>
            <source>The server could not record this in the audit log, so nothing was done.</source>
            <translation>Le serveur n’a pas pu l’inscrire au journal d’audit ; rien n’a été fait.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Could not load the reports: %1</source>
            <translation>Impossible de charger les signalements : %1</translation>
        </message>
        <message>
            <source>No open reports.</source>
            <translation>Aucun signalement ouvert.</translation>
        </message>
        <message>
            <source>No resolved reports.</source>
            <translation>Aucun signalement traité.</translation>
        </message>
        <message>
            <source>%1, reported by %2</source>
            <translation>%1, signalé par %2</translation>
        </message>
        <message>
            <source>Resolving the report…</source>
            <translation>Traitement du signalement…</translation>
        </message>
        <message>
            <source>The report was not resolved: %1</source>
            <translation>Le signalement n’a pas été traité : %1</translation>
        </message>
        <message>
            <source>Report resolved. It is listed under Resolved now.</source>
            <translation>Signalement traité. Il figure maintenant sous « Traités ».</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ResolveReportDialog</name>
        <message>
            <source>Resolve report</source>
            <translation>Traiter le signalement</translation>
        </message>
        <message>
            <source>What was done about it? The resolution is kept with the report and in the audit log.</source>
            <translation>Qu’avez-vous fait ? La résolution est conservée avec le signalement et dans le journal d’audit.</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Résolution</translation>
        </message>
        <message>
            <source>For example: warned the provider, refunded the hirer</source>
            <translation>Par exemple : prestataire averti, client remboursé</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Traiter</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::DeleteActions</name>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Keep the message (Ctrl+Z)</source>
            <translation>Garder le message (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Delete for everyone…</source>
            <translation>Supprimer pour tout le monde…</translation>
        </message>
        <message>
            <source>Delete for everyone?</source>
            <translation>Supprimer pour tout le monde ?</translation>
        </message>
        <message>
            <source>The message is removed for everyone in this conversation. You can undo this for a few seconds.</source>
            <translation>Le message est retiré pour tous les participants de cette conversation. Vous pouvez annuler pendant quelques secondes.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Could not delete the message: %1</source>
            <translation>Impossible de supprimer le message : %1</translation>
        </message>
        <message>
            <source>Message deleted.</source>
            <translation>Message supprimé.</translation>
        </message>
        <message>
            <source>Too late to undo: the message is already deleted.</source>
            <translation>Trop tard pour annuler : le message est déjà supprimé.</translation>
        </message>
        <message>
            <source>Delete message</source>
            <translation>Supprimer le message</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Rubriques</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apparence</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>Notifications</translation>
        </message>
        <message>
            <source>Spell check</source>
            <translation>Orthographe</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Applied at once, to every Kora window.</source>
            <translation>Appliqué tout de suite, à toutes les fenêtres de Kora.</translation>
        </message>
        <message>
            <source>Kora reopens its window in the language you pick; what you were writing is kept.</source>
            <translation>Kora rouvre sa fenêtre dans la langue choisie ; ce que vous écriviez est conservé.</translation>
        </message>
        <message>
            <source>New messages</source>
            <translation>Nouveaux messages</translation>
        </message>
        <message>
            <source>Play a sound</source>
            <translation>Jouer un son</translation>
        </message>
        <message>
            <source>Show the message text in notifications</source>
            <translation>Afficher le texte du message dans les notifications</translation>
        </message>
        <message>
            <source>Do not disturb</source>
            <translation>Ne pas déranger</translation>
        </message>
        <message>
            <source>For 1 hour</source>
            <translation>Pendant 1 heure</translation>
        </message>
        <message>
            <source>Until tomorrow</source>
            <translation>Jusqu'à demain</translation>
        </message>
        <message>
            <source>Turn off</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <source>Quiet every day from</source>
            <translation>Calme chaque jour de</translation>
        </message>
        <message>
            <source>Quiet from</source>
            <translation>Calme à partir de</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>Quiet until</source>
            <translation>Calme jusqu'à</translation>
        </message>
        <message>
            <source>Let @mentions and direct messages from important people through</source>
            <translation>Laisser passer les @mentions et les messages directs des personnes importantes</translation>
        </message>
        <message>
            <source>Mark someone as important from their conversation's menu in the list. Unread counts still show while it is quiet.</source>
            <translation>Marquez une personne comme importante depuis le menu de sa conversation dans la liste. Les messages non lus restent comptés pendant le calme.</translation>
        </message>
        <message>
            <source>Spell-check language</source>
            <translation>Langue de l'orthographe</translation>
        </message>
        <message>
            <source>Follow the language of Kora</source>
            <translation>Suivre la langue de Kora</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Désactivée</translation>
        </message>
        <message>
            <source>No spell-check dictionary is installed (on Debian: the hunspell-* packages).</source>
            <translation>Aucun dictionnaire orthographique n'est installé (sous Debian : les paquets hunspell-*).</translation>
        </message>
        <message>
            <source>A conversation can use another language: right-click in the message box.</source>
            <translation>Une conversation peut utiliser une autre langue : clic droit dans la zone de message.</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <source>Sign out everywhere…</source>
            <translation>Se déconnecter partout…</translation>
        </message>
        <message>
            <source>Server: %1</source>
            <translation>Serveur : %1</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Prestataire</translation>
        </message>
        <message>
            <source>Hirer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Assistance</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::QuietHoursMenu</name>
        <message>
            <source>&amp;Do not disturb</source>
            <translation>&amp;Ne pas déranger</translation>
        </message>
        <message>
            <source>For 1 &amp;hour</source>
            <translation>Pendant 1 &amp;heure</translation>
        </message>
        <message>
            <source>Until &amp;tomorrow</source>
            <translation>Jusqu'à &amp;demain</translation>
        </message>
        <message>
            <source>&amp;Turn off</source>
            <translation>&amp;Désactiver</translation>
        </message>
        <message>
            <source>&amp;Quiet hours…</source>
            <translation>&amp;Heures calmes…</translation>
        </message>
        <message>
            <source>Notifications on</source>
            <translation>Notifications activées</translation>
        </message>
        <message>
            <source>Quiet until %1</source>
            <translation>Calme jusqu'à %1</translation>
        </message>
        <message>
            <source>Quiet until tomorrow, %1</source>
            <translation>Calme jusqu'à demain, %1</translation>
        </message>
        <message>
            <source>Quiet until %1, %2</source>
            <translation>Calme jusqu'au %1, %2</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::GroupActions</name>
        <message>
            <source>You are no longer in this group. What was written before stays here to read.</source>
            <translation>Vous ne faites plus partie de ce groupe. Ce qui a été écrit reste ici, à lire.</translation>
        </message>
        <message>
            <source>Rename group…</source>
            <translation>Renommer le groupe…</translation>
        </message>
        <message>
            <source>Add people…</source>
            <translation>Ajouter des personnes…</translation>
        </message>
        <message>
            <source>Remove from group</source>
            <translation>Retirer du groupe</translation>
        </message>
        <message>
            <source>Leave group…</source>
            <translation>Quitter le groupe…</translation>
        </message>
        <message>
            <source>Rename group</source>
            <translation>Renommer le groupe</translation>
        </message>
        <message>
            <source>Group name:</source>
            <translation>Nom du groupe :</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Could not rename the group: %1</source>
            <translation>Impossible de renommer le groupe : %1</translation>
        </message>
        <message>
            <source>Could not remove %1: %2</source>
            <translation>Impossible de retirer %1 : %2</translation>
        </message>
        <message>
            <source>Leave group</source>
            <translation>Quitter le groupe</translation>
        </message>
        <message>
            <source>Leave “%1”?</source>
            <translation>Quitter « %1 » ?</translation>
        </message>
        <message>
            <source>You will no longer get its messages or be able to write in it. What was written stays here to read; someone in the group can add you again.</source>
            <translation>Vous ne recevrez plus ses messages et ne pourrez plus y écrire. Ce qui a été écrit reste ici, à lire ; quelqu’un du groupe pourra vous ajouter de nouveau.</translation>
        </message>
        <message>
            <source>Could not leave the group: %1</source>
            <translation>Impossible de quitter le groupe : %1</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::GroupDialog</name>
        <message>
            <source>New group</source>
            <translation>Nouveau groupe</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>Nom du groupe</translation>
        </message>
        <message>
            <source>e.g. Asante house renovation</source>
            <translation>p. ex. Rénovation maison Asante</translation>
        </message>
        <message>
            <source>Add people</source>
            <translation>Ajouter des personnes</translation>
        </message>
        <message>
            <source>Search people by name or email</source>
            <translation>Chercher par nom ou e-mail</translation>
        </message>
        <message>
            <source>Search people</source>
            <translation>Chercher des personnes</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>&amp;Create group</source>
            <translation>&amp;Créer le groupe</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Group &amp;name:</source>
            <translation>&amp;Nom du groupe :</translation>
        </message>
        <message>
            <source>&amp;People:</source>
            <translation>&amp;Personnes :</translation>
        </message>
        <message>
            <source>There is nobody else to add.</source>
            <translation>Il n’y a personne d’autre à ajouter.</translation>
        </message>
        <message>
            <source>Tick the people to add.</source>
            <translation>Cochez les personnes à ajouter.</translation>
        </message>
        <message numerus="yes">
            <source>%n chosen: %1</source>
            <comment>people ticked for a group</comment>
            <translation>
                <numerusform>%n choisie : %1</numerusform>
                <numerusform>%n choisies : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The group could not be saved: %1</source>
            <translation>Le groupe n’a pas pu être enregistré : %1</translation>
        </message>
        <message>
            <source>Creating the group…</source>
            <translation>Création du groupe…</translation>
        </message>
        <message>
            <source>Adding…</source>
            <translation>Ajout…</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::SearchDialog</name>
        <message>
            <source>Search in %1</source>
            <translation>Rechercher dans %1</translation>
        </message>
        <message>
            <source>Search this conversation</source>
            <translation>Chercher dans cette conversation</translation>
        </message>
        <message>
            <source>&amp;Older</source>
            <translation>Plus &amp;ancien</translation>
        </message>
        <message>
            <source>The older match (Down)</source>
            <translation>Le résultat plus ancien (Bas)</translation>
        </message>
        <message>
            <source>&amp;Newer</source>
            <translation>Plus &amp;récent</translation>
        </message>
        <message>
            <source>The newer match (Up)</source>
            <translation>Le résultat plus récent (Haut)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>the match shown, of all found</comment>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>Search messages</source>
            <translation>Rechercher dans les messages</translation>
        </message>
        <message>
            <source>Search every conversation</source>
            <translation>Chercher dans toutes les conversations</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Type a word, or the start of one.</source>
            <translation>Tapez un mot, ou son début.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message numerus="yes">
            <source>%n found here; searching older history…</source>
            <translation>
                <numerusform>%n trouvé ici ; recherche dans l’historique plus ancien…</numerusform>
                <numerusform>%n trouvés ici ; recherche dans l’historique plus ancien…</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found on this device. Offline: older history cannot be searched now.</source>
            <translation>Rien trouvé sur cet appareil. Hors ligne : l’historique plus ancien ne peut pas être consulté pour l’instant.</translation>
        </message>
        <message numerus="yes">
            <source>%n found on this device. Offline: older history cannot be searched now.</source>
            <translation>
                <numerusform>%n trouvé sur cet appareil. Hors ligne : l’historique plus ancien ne peut pas être consulté pour l’instant.</numerusform>
                <numerusform>%n trouvés sur cet appareil. Hors ligne : l’historique plus ancien ne peut pas être consulté pour l’instant.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>Rien trouvé pour « %1 ».</translation>
        </message>
        <message numerus="yes">
            <source>%n found.</source>
            <translation>
                <numerusform>%n trouvé.</numerusform>
                <numerusform>%n trouvés.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ComposerSpelling</name>
        <message>
            <source>Spell check is off: no dictionary is installed.</source>
            <translation>Correcteur orthographique désactivé : aucun dictionnaire n’est installé.</translation>
        </message>
        <message>
            <source>Spell check is off: no dictionary for %1 is installed.</source>
            <translation>Correcteur orthographique désactivé : aucun dictionnaire pour %1 n’est installé.</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Désactivée</translation>
        </message>
        <message>
            <source>no dictionary</source>
            <translation>aucun dictionnaire</translation>
        </message>
        <message>
            <source>No suggestions</source>
            <translation>Aucune suggestion</translation>
        </message>
        <message>
            <source>Add to dictionary</source>
            <translation>Ajouter au dictionnaire</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Spell check language</source>
            <translation>Langue de l'orthographe</translation>
        </message>
        <message>
            <source>Default (%1)</source>
            <translation>Par défaut (%1)</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::MentionCompleter</name>
        <message>
            <source>People to mention</source>
            <translation>Personnes à mentionner</translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ComposerEdit</name>
        <message>
            <source>Format</source>
            <translation>Mise en forme</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Gras</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Italique</translation>
        </message>
        <message>
            <source>Strikethrough</source>
            <translation>Barré</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
    </context>
    <context>
        <name>kora::models::SystemLines</name>
        <message>
            <source>you</source>
            <comment>in a list of people added or removed</comment>
            <translation>vous</translation>
        </message>
        <message>
            <source>You renamed the group to “%1”</source>
            <translation>Vous avez renommé le groupe en « %1 »</translation>
        </message>
        <message>
            <source>%1 renamed the group to “%2”</source>
            <translation>%1 a renommé le groupe en « %2 »</translation>
        </message>
        <message>
            <source>You left</source>
            <translation>Vous avez quitté le groupe</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>%1 a quitté le groupe</translation>
        </message>
        <message>
            <source>You added %1</source>
            <translation>Vous avez ajouté %1</translation>
        </message>
        <message>
            <source>%1 added you</source>
            <translation>%1 vous a ajouté</translation>
        </message>
        <message>
            <source>%1 added %2</source>
            <translation>%1 a ajouté %2</translation>
        </message>
        <message>
            <source>You removed %1</source>
            <translation>Vous avez retiré %1</translation>
        </message>
        <message>
            <source>%1 removed you</source>
            <translation>%1 vous a retiré</translation>
        </message>
        <message>
            <source>%1 removed %2</source>
            <translation>%1 a retiré %2</translation>
        </message>
    </context>
</TS>
