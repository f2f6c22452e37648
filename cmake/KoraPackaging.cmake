# Packages: CPack with one component per program.
#   client: kora, its desktop file, AppStream metainfo and icons  -> kora_<v>_<arch>.deb
#   server: kora-server (a systemd unit and a config file belong here
#           too when they exist)                                   -> kora-server_<v>_<arch>.deb
# The .deb generator is what Linux builds use (scripts/package); the NSIS
# (Windows) and DragNDrop (macOS) settings are kept here for those builds.

set(CPACK_PACKAGE_NAME kora)
set(CPACK_PACKAGE_VENDOR "The Kora developers")
set(CPACK_PACKAGE_CONTACT "${KORA_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${KORA_HOMEPAGE}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Kora")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/" "/\\\\.git/" "node_modules")
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_COMPONENTS_ALL client server)
set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "Kora")
set(CPACK_COMPONENT_CLIENT_DESCRIPTION "The Kora desktop messenger")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Kora server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION "kora-server, the server Kora clients talk to")

# Debian
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE "${KORA_PACKAGE_RELEASE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${KORA_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME kora)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION net)
# Qt loads the SQLite driver as a plugin, so shlibdeps cannot see it; the
# keychain (a secret service), image formats, Qt's own translations (dialogs
# in the reader's language), the colour emoji font and an English spell-check
# dictionary are recommended. libhunspell itself is found by shlibdeps; the
# composer works without a dictionary (it says spell check is off), so one is
# only recommended, and other languages' hunspell-* packages are the user's pick.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS
    "gnome-keyring, qt6-image-formats-plugins, qt6-translations-l10n, fonts-noto-color-emoji, hunspell-en-us")
set(CPACK_DEBIAN_CLIENT_DESCRIPTION
    "desktop messenger for job and service marketplaces
Kora keeps one persistent conversation per pair of people on a job or
service marketplace (a worker and a hirer, a customer and an artist), across
every job they do together, with the job's context on the thread.
.
It keeps messages in a local cache and sends them once back online, shares
images and files, opens kora:// links from marketplace pages after asking,
and shows the unread total in the system tray. One window runs per profile.")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME kora-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")
set(CPACK_DEBIAN_SERVER_DESCRIPTION
    "server for the Kora marketplace messenger
kora-server is the REST and Socket.IO server the Kora desktop client talks
to: accounts, direct and group conversations with their job context,
attachments, read receipts, presence, support mode with an audit log and
system messages posted by marketplaces.
.
It stores its data in SQLite or PostgreSQL; several processes can share one
PostgreSQL database.")

# Windows (NSIS): not built here.
set(CPACK_NSIS_DISPLAY_NAME "Kora")
set(CPACK_NSIS_PACKAGE_NAME "Kora")
set(CPACK_NSIS_URL_INFO_ABOUT "${KORA_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "${KORA_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\kora.exe")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Kora.lnk' '$INSTDIR\\\\bin\\\\kora.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Kora.lnk'")
# The kora:// handler on Windows.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "WriteRegStr HKCU 'Software\\\\Classes\\\\kora' '' 'URL:Kora link'
WriteRegStr HKCU 'Software\\\\Classes\\\\kora' 'URL Protocol' ''
WriteRegStr HKCU 'Software\\\\Classes\\\\kora\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\kora.exe\\\" \\\"%1\\\"'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "DeleteRegKey HKCU 'Software\\\\Classes\\\\kora'")

# macOS (DragNDrop): not built here; the bundle's Info.plist declares the
# kora URL scheme (CFBundleURLTypes) when the app is built as a bundle.
set(CPACK_DMG_VOLUME_NAME "Kora")
set(CPACK_DMG_FORMAT UDZO)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
