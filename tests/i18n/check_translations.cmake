# cmake -DLUPDATE=… -DSOURCE_DIR=… -DTS=…/kora_fr.ts -DWORK=<scratch dir> -P check_translations.cmake
# Runs lupdate as app/CMakeLists.txt does (ui/, app/, models/; no obsolete
# entries, no locations) on a copy of the .ts file and fails when it finds
# a string with no finished translation, or an entry no source has any more.
foreach(var LUPDATE SOURCE_DIR TS WORK)
    if(NOT ${var})
        message(FATAL_ERROR "check_translations: ${var} is not set")
    endif()
endforeach()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
set(copy "${WORK}/${name}")
file(COPY_FILE "${TS}" "${copy}")
file(READ "${TS}" before)
string(REGEX MATCHALL "<message[ >]" before_messages "${before}")
list(LENGTH before_messages before_count)

file(GLOB sources "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/app/*.cpp"
     "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h")
set(list_file "${WORK}/sources.lst")
string(REPLACE ";" "\n" source_lines "${sources}")
file(WRITE "${list_file}" "${source_lines}\n")
execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "@${list_file}"
                        -ts "${copy}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()

file(READ "${copy}" after)
string(REGEX MATCHALL "<message[ >]" after_messages "${after}")
list(LENGTH after_messages after_count)
# Every source text whose translation lupdate left (or made) unfinished.
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\""
       unfinished "${after}")
set(problems "")
foreach(entry IN LISTS unfinished)
    string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" text "${entry}")
    string(APPEND problems "  unfinished: ${text}\n")
endforeach()
if(NOT before_count EQUAL after_count AND problems STREQUAL "")
    string(APPEND problems
           "  ${name} has ${before_count} messages, the sources ${after_count}: stale entries\n")
endif()
if(NOT problems STREQUAL "")
    message(FATAL_ERROR "${name} is not complete (add <message> entries by hand):\n${problems}")
endif()
message(STATUS "${name}: ${after_count} messages, all translated")
