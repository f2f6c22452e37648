<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>kora::app::AppController</name>
        <message>
            <source>Your session has expired. Sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kora cannot open its local data: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in again; unsent messages are kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::app::Notifier</name>
        <message>
            <source>Show Kora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Kora — %n unread message(s)</source>
            <translation>
                <numerusform>Kora — %n unread message</numerusform>
                <numerusform>Kora — %n unread messages</numerusform>
            </translation>
        </message>
        <message>
            <source>Kora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 in %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::models::ClientSession</name>
        <message>
            <source>Your session has expired.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::app::TokenStore</name>
        <message>
            <source>Your system keychain is not available; you will stay signed in only until Kora closes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::models::ConversationListModel</name>
        <message>
            <source>Message deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::models::Outbox</name>
        <message>
            <source>Choose at least one file to send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most 10 files can go in one message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This message is not sent yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::AuditLogView</name>
        <message>
            <source>Every search, every conversation opened and every export by support staff, newest first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Older entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Viewed messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Searched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported a transcript</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the audit log: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entry(ies) shown.</source>
            <translation>
                <numerusform>%n entry shown.</numerusform>
                <numerusform>%n entries shown.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ChatPane</name>
        <message numerus="yes">
            <source>%n people: %1</source>
            <comment>a group's members</comment>
            <translation>
                <numerusform>%n person: %1</numerusform>
                <numerusform>%n people: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hirer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last seen today at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last seen yesterday at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last seen %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a conversation to start chatting.
Your messages with workers and hirers show up here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading earlier messages…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jump to the newest message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avatar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job: %1 (#%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job #%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is typing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 and %2 are typing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several people are typing…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <translation>
                <numerusform>%n new message</numerusform>
                <numerusform>%n new messages</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::Composer</name>
        <message>
            <source>Editing message — Esc to cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a message…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send (Enter). Shift+Enter starts a new line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too long: %1 / %2 characters. Shorten the message to send it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 / %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not edit the message: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not queue the message: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save edited message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::ConnectionBanner</name>
        <message>
            <source>Connection status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Offline — %n message(s) waiting</source>
            <translation>
                <numerusform>Offline — %n message waiting</numerusform>
                <numerusform>Offline — %n messages waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline — trying to reconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sending %n message(s)…</source>
            <translation>
                <numerusform>Sending %n message…</numerusform>
                <numerusform>Sending %n messages…</numerusform>
            </translation>
        </message>
        <message>
            <source>Reconnected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed out — sign in again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::ConversationDelegate</name>
        <message numerus="yes">
            <source>Group · %n people</source>
            <comment>a group's members, in the list</comment>
            <translation>
                <numerusform>Group · %n person</numerusform>
                <numerusform>Group · %n people</numerusform>
            </translation>
        </message>
        <message>
            <source>Worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hirer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>99+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>job: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n unread</numerusform>
                <numerusform>%n unread</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kora::ui::ConversationPane</name>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter conversations by name or job (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conversations match “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No archived conversations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conversations yet.
Start one with “+”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unarchive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not archive the conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not unarchive the conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not mark the conversation as read</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::LoginDialog</name>
        <message>
            <source>Sign in to Kora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you@example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong email or password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot reach the server at %1. Check the address and your connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server at %1 did not answer in time. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's certificate cannot be trusted: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many sign-in attempts. Wait a minute and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a valid email address and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server at %1 does not look like a Kora server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a server address such as https://chat.example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your email and password.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::MainWindow</name>
        <message>
            <source>Kora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New conversation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quick switcher…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne&amp;xt conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mute notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::MessageDelegate</name>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d MMMM</source>
            <comment>date separator, this year</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edited %1</source>
            <comment>edited mark, then the time</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unread messages</source>
            <translation type="unfinished" />
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
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kora::ui::NewConversationDialog</name>
        <message>
            <source>New conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search people by name or email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job title (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server cannot be reached. Check your connection and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server did not answer in time. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The secure connection to the server failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A network error occurred: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session has expired. Sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are not allowed to do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That person or conversation no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many requests. Wait a moment and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Searching…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nobody to write to yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody found for “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the conversation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The conversation could not be saved: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::QuickSwitcher</name>
        <message>
            <source>Quick switcher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jump to a conversation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matching conversations</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::SupportConversationView</name>
        <message>
            <source>Attachment: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1:
%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export transcript…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the conversation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the conversation: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading older messages…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load older messages: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search on the left and pick a conversation to read it. Opening one is logged.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::SupportSearchPane</name>
        <message>
            <source>Name, email or text in messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exact job id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Job id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active on or after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started on or before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversations found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end of the date range is before its start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Searching…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conversations found.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n conversation(s) found.</source>
            <translation>
                <numerusform>%n conversation found.</numerusform>
                <numerusform>%n conversations found.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last active %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::SupportWindow</name>
        <message>
            <source>Kora Support view (read-only) — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kora cannot open its temporary data: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support view — read-only, access is logged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As HTML…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export transcript</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web pages (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a conversation first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the whole conversation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the conversation: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export could not be recorded in the audit log, so nothing was written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation transcript</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transcript saved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write the transcript: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::TranscriptExporter</name>
        <message>
            <source>Conversation transcript</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attachment: %1 (%2, %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edited %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::EmojiPicker</name>
        <message>
            <source>Pick a reaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reactions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::QuickReactionBar</name>
        <message>
            <source>Message actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>React with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More reactions…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::ReactionActions</name>
        <message>
            <source>Could not react: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>React</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More reactions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the message was deleted or takes no more reactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you cannot react in this conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the message is gone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your reaction %1 was not added: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your reaction %1 was not removed: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::ReactionStrip</name>
        <message>
            <source>You</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n people reacted with %1</source>
            <translation>
                <numerusform>%n person reacted with %1</numerusform>
                <numerusform>%n people reacted with %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more reacted with %2</source>
            <translation>
                <numerusform>%1 and %n more reacted with %2</numerusform>
                <numerusform>%1 and %n more reacted with %2</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 reacted with %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::ReplyActions</name>
        <message>
            <source>Reply</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::ReplyBar</name>
        <message>
            <source>Cancel the reply (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replying to %1:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::ReplyQuote</name>
        <message>
            <source>You</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kora::ui::QuickRepliesDialog</name>
        <message numerus="yes">
            <source>%n quick reply(ies) exported.</source>
            <translation>
                <numerusform>%n quick reply exported.</numerusform>
                <numerusform>%n quick replies exported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quick reply(ies) imported.</source>
            <translation>
                <numerusform>%n quick reply imported.</numerusform>
                <numerusform>%n quick replies imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kora::ui::JobPanel</name>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kora::ui::GroupDialog</name>
        <message numerus="yes">
            <source>%n chosen: %1</source>
            <comment>people ticked for a group</comment>
            <translation>
                <numerusform>%n chosen: %1</numerusform>
                <numerusform>%n chosen: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kora::ui::SearchDialog</name>
        <message numerus="yes">
            <source>%n found here; searching older history…</source>
            <translation>
                <numerusform>%n found here; searching older history…</numerusform>
                <numerusform>%n found here; searching older history…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n found on this device. Offline: older history cannot be searched now.</source>
            <translation>
                <numerusform>%n found on this device. Offline: older history cannot be searched now.</numerusform>
                <numerusform>%n found on this device. Offline: older history cannot be searched now.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n found.</source>
            <translation>
                <numerusform>%n found.</numerusform>
                <numerusform>%n found.</numerusform>
            </translation>
        </message>
    </context>
</TS>
