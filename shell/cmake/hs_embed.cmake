# hs_embed.cmake — turns files into C++ byte arrays at build time, so the GUI
# carries its font and example programs on both targets (no file system on
# the web build).
#
# hs_embed_files(OUT <file.cpp> NAMESPACE <ns> TABLE <name> FILES <abs paths...>)
# generates
#   namespace heapscope::<ns> { extern const EmbeddedFile <name>[]; extern const size_t <name>Count; }
# where EmbeddedFile is declared in shell/gui/embedded.h. Each array ends with
# a 0 byte that is not counted in size, so text files can be used as C strings.
set(_HS_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/hs_embed_run.cmake")

function(hs_embed_files)
  cmake_parse_arguments(E "" "OUT;NAMESPACE;TABLE" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT "${E_OUT}"
    COMMAND ${CMAKE_COMMAND} "-DOUT=${E_OUT}" "-DNAMESPACE=${E_NAMESPACE}"
            "-DTABLE=${E_TABLE}" "-DFILES=${E_FILES}" -P "${_HS_EMBED_SCRIPT}"
    DEPENDS ${E_FILES} "${_HS_EMBED_SCRIPT}"
    COMMENT "Embedding ${E_TABLE}"
    VERBATIM)
endfunction()
