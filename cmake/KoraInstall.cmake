# Install layout (GNUInstallDirs) and the per-package documents Debian wants.
include(GNUInstallDirs)
find_program(KORA_GZIP gzip)
set(KORA_PACKAGE_MAINTAINER "Kora maintainers <maintainers@users.noreply.b-seed-f44d2c70.example>"
    CACHE STRING "Maintainer field of the packages")
set(KORA_PACKAGE_RELEASE 1 CACHE STRING "Debian revision of the packages")

# kora_install_docs(<package> <component>): /usr/share/doc/<package>/copyright
# and changelog.Debian.gz (gzip -n: no timestamp, so the package is reproducible).
function(kora_install_docs package component)
    set(KORA_DEB_PACKAGE "${package}")
    set(out "${CMAKE_BINARY_DIR}/doc/${package}")
    configure_file("${PROJECT_SOURCE_DIR}/resources/debian/changelog.in" "${out}/changelog.Debian"
                   @ONLY)
    set(files "${PROJECT_SOURCE_DIR}/resources/debian/copyright")
    if(KORA_GZIP)
        execute_process(COMMAND "${KORA_GZIP}" -n -9 -f -k "${out}/changelog.Debian"
                        RESULT_VARIABLE gzipped)
        if(gzipped EQUAL 0)
            list(APPEND files "${out}/changelog.Debian.gz")
        endif()
    endif()
    install(FILES ${files} DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${package}"
            COMPONENT ${component})
endfunction()

# kora_install_man(<page.1> <component>): resources/man/<page> gzipped (-n)
# into share/man/man1.
function(kora_install_man page component)
    set(out "${CMAKE_BINARY_DIR}/man")
    configure_file("${PROJECT_SOURCE_DIR}/resources/man/${page}" "${out}/${page}" COPYONLY)
    if(KORA_GZIP)
        execute_process(COMMAND "${KORA_GZIP}" -n -9 -f -k "${out}/${page}")
        install(FILES "${out}/${page}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1"
                COMPONENT ${component})
    else()
        install(FILES "${out}/${page}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1"
                COMPONENT ${component})
    endif()
endfunction()
