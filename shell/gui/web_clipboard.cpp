#include "web_clipboard.h"

#ifdef __EMSCRIPTEN__
#include <SDL.h>
#include <emscripten.h>
#include <imgui.h>

#include <string>

namespace heapscope {

namespace {

std::string& clipboardText() {
  static std::string text;
  return text;
}

const char* getClipboard(void*) { return clipboardText().c_str(); }

void setClipboard(void*, const char* text) {
  clipboardText() = text ? text : "";
  EM_ASM({
    const text = UTF8ToString($0);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(() => {});
  }, clipboardText().c_str());
}

void pushKey(Uint32 type, SDL_Scancode scancode, SDL_Keycode sym) {
  SDL_Event e{};
  e.type = type;
  e.key.type = type;
  e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
  e.key.keysym.scancode = scancode;
  e.key.keysym.sym = sym;
  e.key.keysym.mod = KMOD_LCTRL;  // main.cpp takes ImGui's modifiers from the event
  SDL_PushEvent(&e);
}

}  // namespace

void installWebClipboard() {
  ImGuiIO& io = ImGui::GetIO();
  io.GetClipboardTextFn = getClipboard;
  io.SetClipboardTextFn = setClipboard;
  EM_ASM({
    let pending = false;
    const deliver = (text) => {
      if (!pending) return;
      pending = false;
      Module.ccall('hs_gui_paste_text', null, ['string', 'number'], [text || '', text === null ? 0 : 1]);
    };
    // Capture phase on window: runs before SDL's listener, which would
    // cancel the key's default action (the paste).
    window.addEventListener('keydown', (e) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || (e.key !== 'v' && e.key !== 'V')) return;
      e.stopImmediatePropagation();
      pending = true;
      // No paste event (non-editable focus in some browsers): ask the async API.
      setTimeout(() => {
        if (!pending) return;
        if (navigator.clipboard && navigator.clipboard.readText)
          navigator.clipboard.readText().then(deliver, () => deliver(null));
        else deliver(null);
      }, 100);
    }, true);
    document.addEventListener('paste', (e) => {
      if (!pending) return;
      e.preventDefault();
      deliver(e.clipboardData ? e.clipboardData.getData('text/plain') : null);
    });
  });
}

}  // namespace heapscope

// Called by the page with the pasted text (known = 0: the browser gave none,
// paste what the page itself copied last).
extern "C" EMSCRIPTEN_KEEPALIVE void hs_gui_paste_text(const char* text, int known) {
  if (known) heapscope::clipboardText() = text ? text : "";
  heapscope::pushKey(SDL_KEYDOWN, SDL_SCANCODE_V, SDLK_v);
  heapscope::pushKey(SDL_KEYUP, SDL_SCANCODE_V, SDLK_v);
}

#else

namespace heapscope {
void installWebClipboard() {}
}  // namespace heapscope

#endif
