// The browser's clipboard for ImGui on the web build. SDL 2.26 has no
// clipboard for Emscripten (its copy stays inside the page) and it cancels
// the browser's default action of every Ctrl key, so the page would never
// see a paste. installWebClipboard():
//  - copy / cut: ImGui's text goes to navigator.clipboard.writeText (and is
//    kept, so pasting inside the page works even if the browser refuses);
//  - paste: Ctrl/Cmd+V is taken from SDL before it cancels it, the browser's
//    "paste" event (or, failing that, navigator.clipboard.readText) gives
//    the text, and a Ctrl+V key press is then sent to ImGui with that text
//    as the clipboard.
// Native builds keep the SDL backend's system clipboard.
#pragma once

namespace heapscope {

void installWebClipboard();  // after ImGui_ImplSDL2_InitForOpenGL; no-op natively

}  // namespace heapscope
