# kora_add_test(<name> SOURCES <files...> LIBS <targets...>) registers one Qt Test
# executable as one ctest test, run headless.
# kora_add_server_test(...) (same arguments) registers it twice: <name> on SQLite
# and <name>_pg on PostgreSQL, in the private cluster of the `postgres` ctest
# fixture (started for the run, stopped after it, also when tests fail).
function(kora_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    kora_strict(${name})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=kora.*.debug=false")
endfunction()

# The cluster's folder: $KORA_TEST_PG_DIR when the caller made one (scripts/test
# makes a temporary one), else one in the build tree.
set(KORA_PG_TEST_DIR "${CMAKE_BINARY_DIR}/pg-test")
function(kora_postgres_fixture)
    if(TEST kora_postgres_start)
        return()
    endif()
    add_test(NAME kora_postgres_start
             COMMAND sh -c "d=\${KORA_TEST_PG_DIR:-${KORA_PG_TEST_DIR}}; \"${PROJECT_SOURCE_DIR}/scripts/pg-cluster\" stop \"$d\"; rm -rf \"$d\"; \"${PROJECT_SOURCE_DIR}/scripts/pg-cluster\" start \"$d\"")
    add_test(NAME kora_postgres_stop
             COMMAND sh -c "\"${PROJECT_SOURCE_DIR}/scripts/pg-cluster\" stop \"\${KORA_TEST_PG_DIR:-${KORA_PG_TEST_DIR}}\"")
    set_tests_properties(kora_postgres_start PROPERTIES FIXTURES_SETUP postgres TIMEOUT 120)
    set_tests_properties(kora_postgres_stop PROPERTIES FIXTURES_CLEANUP postgres TIMEOUT 120)
endfunction()

function(kora_add_server_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    kora_add_test(${name} ${ARGN})
    kora_postgres_fixture()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    add_test(NAME ${name}_pg COMMAND ${name})
    set_tests_properties(${name}_pg PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        FIXTURES_REQUIRED postgres
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=kora.*.debug=false;KORA_TEST_ENGINE=postgres;KORA_TEST_PG_DEFAULT_DIR=${KORA_PG_TEST_DIR}")
endfunction()

# kora_add_postgres_test(...): a test of what only PostgreSQL offers (several
# server processes on one database), registered as <name>_pg alone.
function(kora_add_postgres_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    kora_strict(${name})
    kora_postgres_fixture()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    add_test(NAME ${name}_pg COMMAND ${name})
    set_tests_properties(${name}_pg PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        FIXTURES_REQUIRED postgres
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=kora.*.debug=false;KORA_TEST_ENGINE=postgres;KORA_TEST_PG_DEFAULT_DIR=${KORA_PG_TEST_DIR}")
endfunction()
