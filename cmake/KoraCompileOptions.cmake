# Strict flags shared by every Kora target: kora_strict(<target>).
add_library(kora_strict_flags INTERFACE)
target_compile_options(kora_strict_flags INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
target_compile_definitions(kora_strict_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER)
if(KORA_SANITIZE)
    target_compile_options(kora_strict_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(kora_strict_flags INTERFACE -fsanitize=address,undefined)
endif()

function(kora_strict target)
    target_link_libraries(${target} PRIVATE kora_strict_flags)
endfunction()
