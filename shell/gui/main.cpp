// heapscope_gui entry point: one main for the desktop (SDL2 + OpenGL 3.2 core)
// and the web (Emscripten, WebGL2). Only the frame loop differs: the desktop
// loops here, the browser calls frame() once per animation frame.
//
// Desktop test hooks (see gui_flags.h): --run-steps N runs the program and
// pauses it after N steps; once it is paused or finished and at least
// kMinCaptureFrame frames were drawn, --screenshot and --dump-state capture
// that frame, and --exit quits.
#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <string>
#include <vector>

#include "app.h"
#include "embedded.h"
#include "gui_flags.h"
#include "state_json.h"
#include "theme.h"
#include "ui_settings.h"
#include "version.h"
#include "web_clipboard.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>
#else
#include <SDL_opengl.h>

#include "screenshot.h"
#endif

namespace {

using namespace heapscope;

constexpr uint64_t kMinCaptureFrame = 5;
// With --exit, give up after this many frames so a hung program cannot hang CI.
constexpr uint64_t kMaxFramesBeforeGivingUp = 5000;

struct Gui {
  GuiFlags flags;
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  App* app = nullptr;
  bool done = false;
  bool captured = false;
  bool selectionApplied = false;
  uint64_t readyFrame = 0;  // frame at which the requested selection was made
  size_t nextThen = 0;      // index into flags.thenActions
  int exitCode = 0;
  bool zIsRedo = false;  // Ctrl+Shift+Z is down, sent to ImGui as Ctrl+Y
  std::deque<SDL_Event> pendingEvents;  // input held back for the next frame (see pumpEvents)
  float builtFontScale = 0;  // uiScale() * framebufferScale() of the current font atlas
};

// Rasterises the UI font for the current scale: uiScale() logical pixels
// times the framebuffer's device pixels per logical pixel, so glyphs map 1:1
// to screen pixels (crisp on HiDPI screens and at presenter zoom);
// FontGlobalScale brings the metrics back to logical pixels.
void buildFonts() {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is computed, nothing to persist
  io.LogFilename = nullptr;
  io.Fonts->Clear();
  const float devicePixels = std::round(kBaseFontPixels * uiScale() * framebufferScale());
  if (heapscope::assets::kFontsCount > 0) {
    const EmbeddedFile& font = heapscope::assets::kFonts[0];
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // static data compiled into the binary
    // Latin-1 plus the punctuation, arrows and math signs the panels print
    // ("→" in retainer paths, "…" in truncated previews, "≠").
    static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x2010, 0x2027, 0x2190, 0x21FF,
                                      0x2200, 0x22FF, 0x25A0, 0x25FF, 0xFFFD, 0xFFFD, 0};
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(font.data),
                                   static_cast<int>(font.size), devicePixels, &config, kRanges);
  } else {
    ImFontConfig config;
    config.SizePixels = devicePixels;
    io.Fonts->AddFontDefault(&config);
  }
  io.FontGlobalScale = 1.0f / framebufferScale();
}

// Before a frame: when the presenter zoom or the framebuffer scale (window
// moved to another screen, browser zoom) changed, rebuild the font atlas at
// the new pixel size and rescale the style.
void updateScale(Gui& g) {
  int winW = 0, winH = 0, drawW = 0, drawH = 0;
  SDL_GetWindowSize(g.window, &winW, &winH);
  SDL_GL_GetDrawableSize(g.window, &drawW, &drawH);
  if (winW > 0 && drawW > 0) setFramebufferScale(static_cast<float>(drawW) / static_cast<float>(winW));
  const float wanted = uiScale() * framebufferScale();
  if (wanted == g.builtFontScale) return;
  g.builtFontScale = wanted;
  buildFonts();
  applyTheme(currentTheme());
  // The first frame's NewFrame uploads the atlas; later ones must re-upload it.
  if (g.app && g.app->frames() > 0) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
}

// Desktop: the display's DPI as a starting scale (96 dpi = 100%), in
// quarter steps. Only where the window system does not scale the window by
// itself (there the drawable is already larger than the window: macOS,
// Wayland); the browser's devicePixelRatio shows up the same way.
void detectDisplayScale(SDL_Window* window) {
#ifndef __EMSCRIPTEN__
  int winW = 0, winH = 0, drawW = 0, drawH = 0;
  SDL_GetWindowSize(window, &winW, &winH);
  SDL_GL_GetDrawableSize(window, &drawW, &drawH);
  float ddpi = 0;
  if (drawW == winW && SDL_GetDisplayDPI(SDL_GetWindowDisplayIndex(window), &ddpi, nullptr, nullptr) == 0 && ddpi > 0)
    setDisplayScale(std::round(ddpi / 96.0f * 4.0f) / 4.0f);
#else
  (void)window;
#endif
}

bool captureIfDue(Gui& g) {
  if (g.captured || (g.flags.screenshot.empty() && g.flags.dumpState.empty() && !g.flags.exitAfter))
    return false;
  bool settled = !g.flags.autoRun || g.app->finished() || g.app->status() == AppStatus::Paused;
  bool givingUp = g.app->frames() >= kMaxFramesBeforeGivingUp;
  if (g.app->frames() < kMinCaptureFrame || (!settled && !givingUp)) return false;
  // --then: the next run control, once the previous one has stopped.
  if (g.nextThen < g.flags.thenActions.size() && !givingUp) {
    if (g.app->finished()) {
      std::fprintf(stderr, "heapscope_gui: --then %s: the program already ended\n",
                   g.flags.thenActions[g.nextThen].c_str());
      g.exitCode = 5;
      g.nextThen = g.flags.thenActions.size();
    } else {
      const std::string& action = g.flags.thenActions[g.nextThen++];
      if (action == "into") g.app->step(StepKind::Into);
      else if (action == "over") g.app->step(StepKind::Over);
      else if (action == "out") g.app->step(StepKind::Out);
      else if (action == "continue") g.app->resume();
      else if (action == "restart") g.app->restart();
      else if (action == "back") g.app->stepBack();
      else if (action == "gc") g.app->gcNow();
      else if (action.rfind("seek:", 0) == 0) g.app->seekTo(std::strtoull(action.c_str() + 5, nullptr, 10));
      return false;
    }
  }
  // --select / --why-alive act on the settled program, then a few frames let
  // the graph centre on the selection before the capture.
  if (!g.selectionApplied) {
    g.selectionApplied = true;
    g.readyFrame = g.app->frames();
    if (!g.flags.tab.empty()) g.app->showTab(g.flags.tab);
    if (!g.flags.find.empty()) g.app->openFind(g.flags.find);
    if (!g.flags.select.empty()) {
      if (!g.app->selectByQuery(g.flags.select)) {
        std::fprintf(stderr, "heapscope_gui: --select %s: no such object\n", g.flags.select.c_str());
        g.exitCode = 4;
      } else if (g.flags.whyAlive) {
        g.app->whyAlive();
      }
      return false;
    }
  }
  if (g.app->frames() < g.readyFrame + 3) return false;
  g.captured = true;
  if (givingUp && !settled) {
    std::fprintf(stderr, "heapscope_gui: program still running after %llu frames\n",
                 static_cast<unsigned long long>(g.app->frames()));
    g.exitCode = 3;
  }
#ifndef __EMSCRIPTEN__
  if (!g.flags.screenshot.empty()) {
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(g.window, &w, &h);
    if (!saveScreenshotPng(g.flags.screenshot, w, h)) {
      std::fprintf(stderr, "heapscope_gui: cannot write %s\n", g.flags.screenshot.c_str());
      g.exitCode = 1;
    }
  }
  if (!g.flags.dumpState.empty()) {
    std::ofstream out(g.flags.dumpState, std::ios::binary);
    out << appStateJson(*g.app) << "\n";
    if (!out) {
      std::fprintf(stderr, "heapscope_gui: cannot write %s\n", g.flags.dumpState.c_str());
      g.exitCode = 1;
    }
  }
#endif
  if (g.flags.exitAfter) g.done = true;
  return true;
}

// Debugger keys, taken before ImGui sees them (so they work while typing):
// F5 run / continue, Shift+F5 pause, Ctrl+Shift+F5 restart, F10 step over,
// Shift+F10 step back, F11 step into, Shift+F11 step out, F9 breakpoint on the current line,
// Ctrl+Enter run, Ctrl+F find in the editor; presenter zoom: Ctrl+= (or
// Ctrl++) larger, Ctrl+- smaller, Ctrl+0 back to 100%.
bool handleShortcut(App& app, const SDL_KeyboardEvent& key) {
  const bool shift = key.keysym.mod & KMOD_SHIFT, ctrl = key.keysym.mod & KMOD_CTRL;
  switch (key.keysym.sym) {
    case SDLK_EQUALS:
    case SDLK_PLUS:
    case SDLK_KP_PLUS:
      if (!ctrl) return false;
      app.setZoom(nextPresenterZoom(+1));
      return true;
    case SDLK_MINUS:
    case SDLK_KP_MINUS:
      if (!ctrl) return false;
      app.setZoom(nextPresenterZoom(-1));
      return true;
    case SDLK_0:
    case SDLK_KP_0:
      if (!ctrl) return false;
      app.setZoom(1.0f);
      return true;
    case SDLK_f:
      if (!ctrl) return false;
      app.openFind();
      return true;
    case SDLK_F5:
      if (ctrl && shift) app.restart();
      else if (shift) app.pause();
      else if (app.status() == AppStatus::Paused) app.resume();
      else if (app.status() != AppStatus::Running) app.run();
      return true;
    case SDLK_F9:
      if (app.currentLine() > 0) app.toggleBreakpoint(app.currentLine());
      return true;
    case SDLK_F10:
      if (shift) app.stepBack();
      else app.step(StepKind::Over);
      return true;
    case SDLK_F11:
      app.step(shift ? StepKind::Out : StepKind::Into);
      return true;
    case SDLK_RETURN:
      if (!ctrl) return false;
      app.run();
      return true;
    default:
      return false;
  }
}

bool isModifierKey(SDL_Keycode k) {
  return k == SDLK_LCTRL || k == SDLK_RCTRL || k == SDLK_LSHIFT || k == SDLK_RSHIFT || k == SDLK_LALT ||
         k == SDLK_RALT || k == SDLK_LGUI || k == SDLK_RGUI;
}

// Hands this frame's input to ImGui. ImGui 1.86 sees keys only as "down
// during a frame" (io.KeysDown), and its text input applies typed
// characters before Enter/Backspace within one frame: a key pressed and
// released between two frames would be lost (a quick Enter, Ctrl+Z, keys
// sent by a test or typed while a slow frame runs), and text typed after it
// would land before it, and a key released and pressed again in one frame
// (Ctrl+Y twice) would look held. So after a key goes down or up, the
// keyboard events behind it wait for the next frame; typing never loses or
// reorders text. The
// modifiers are taken from each event, not from SDL's state at processing
// time (which may already have Ctrl released).
void pumpEvents(Gui& g) {
  SDL_Event event;
  while (SDL_PollEvent(&event)) g.pendingEvents.push_back(event);
  bool keyWentDown = false;  // (or up)
  while (!g.pendingEvents.empty()) {
    event = g.pendingEvents.front();
    const bool keyboard = event.type == SDL_KEYDOWN || event.type == SDL_KEYUP || event.type == SDL_TEXTINPUT;
    if (keyboard && keyWentDown) break;
    g.pendingEvents.pop_front();
    if (event.type == SDL_KEYDOWN && handleShortcut(*g.app, event.key)) continue;
    // Redo is Ctrl+Y or Ctrl+Shift+Z; ImGui 1.86 knows only the first off macOS.
    SDL_Keysym& key = event.key.keysym;
    const bool isZ = (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) && key.scancode == SDL_SCANCODE_Z;
    if (isZ && event.type == SDL_KEYDOWN && (key.mod & KMOD_CTRL) && (key.mod & KMOD_SHIFT)) g.zIsRedo = true;
    if (isZ && g.zIsRedo) {
      key.scancode = SDL_SCANCODE_Y;
      key.sym = SDLK_y;
      key.mod = static_cast<Uint16>(key.mod & ~KMOD_SHIFT);
      if (event.type == SDL_KEYUP) g.zIsRedo = false;
    }
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) {
      ImGuiIO& io = ImGui::GetIO();
      const Uint16 mod = event.key.keysym.mod;
      io.KeyCtrl = mod & KMOD_CTRL;
      io.KeyShift = mod & KMOD_SHIFT;
      io.KeyAlt = mod & KMOD_ALT;
      io.KeySuper = mod & KMOD_GUI;
      if (!isModifierKey(event.key.keysym.sym)) keyWentDown = true;
    }
    if (event.type == SDL_DROPFILE) {
      // A file dropped on the window opens as with the path field (desktop;
      // the browser's SDL sends none).
      if (event.drop.file) g.app->openFile(event.drop.file);
      SDL_free(event.drop.file);
    }
    if (event.type == SDL_QUIT) g.done = true;
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
        event.window.windowID == SDL_GetWindowID(g.window))
      g.done = true;
  }
}

void frame(void* arg) {
  Gui& g = *static_cast<Gui*>(arg);
  pumpEvents(g);
#ifdef __EMSCRIPTEN__
  // Follow the canvas' CSS size (the page sizes it to the browser window).
  double cssW = 0, cssH = 0;
  emscripten_get_element_css_size("#canvas", &cssW, &cssH);
  int winW = 0, winH = 0;
  SDL_GetWindowSize(g.window, &winW, &winH);
  if (cssW >= 1 && cssH >= 1 && (static_cast<int>(cssW) != winW || static_cast<int>(cssH) != winH))
    SDL_SetWindowSize(g.window, static_cast<int>(cssW), static_cast<int>(cssH));
#endif

  g.app->tick();

  updateScale(g);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  g.app->draw();
  ImGui::Render();
  int w = 0, h = 0;
  SDL_GL_GetDrawableSize(g.window, &w, &h);
  glViewport(0, 0, w, h);
  ImVec4 bg = ImGui::ColorConvertU32ToFloat4(palette().background);
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  g.app->noteFrame();
  captureIfDue(g);
  SDL_GL_SwapWindow(g.window);
#ifdef __EMSCRIPTEN__
  if (g.done) emscripten_cancel_main_loop();
#endif
}

}  // namespace

int main(int argc, char** argv) {
  static Gui g;  // static: outlives main() under emscripten_set_main_loop
  std::string error;
  if (!parseGuiFlags(std::vector<std::string>(argv + 1, argv + argc), g.flags, error)) {
    if (!error.empty()) std::fprintf(stderr, "heapscope_gui: %s\n", error.c_str());
    std::fprintf(error.empty() ? stdout : stderr, "%s\n", guiUsage());
    return error.empty() ? 0 : 2;
  }

  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "heapscope_gui: SDL_Init: %s\n", SDL_GetError());
    return 1;
  }
#ifdef __EMSCRIPTEN__
  const char* glslVersion = "#version 300 es";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
  const char* glslVersion = "#version 150";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
#endif
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);
  auto windowFlags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE |
                                                  SDL_WINDOW_ALLOW_HIGHDPI);
  g.window = SDL_CreateWindow(guiVersion(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                              g.flags.width, g.flags.height, windowFlags);
  if (!g.window) {
    std::fprintf(stderr, "heapscope_gui: SDL_CreateWindow: %s\n", SDL_GetError());
    return 1;
  }
  g.gl = SDL_GL_CreateContext(g.window);
  if (!g.gl) {
    std::fprintf(stderr, "heapscope_gui: SDL_GL_CreateContext: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(g.window, g.gl);
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  // Saved settings, unless the command line says otherwise (then not saved).
  const UiSettings saved = loadUiSettings();
  std::string theme = !g.flags.theme.empty() ? g.flags.theme : saved.theme.value_or("dark");
  if (g.flags.zoomPercent > 0) setPresenterZoom(static_cast<float>(g.flags.zoomPercent) / 100.0f);
  else if (saved.zoom) setPresenterZoom(*saved.zoom);
  detectDisplayScale(g.window);
  applyTheme(theme == "light" ? ThemeKind::Light : ThemeKind::Dark);
  updateScale(g);
  ImGui_ImplSDL2_InitForOpenGL(g.window, g.gl);
  ImGui_ImplOpenGL3_Init(glslVersion);
  installWebClipboard();

  AppConfig config;
  config.stepsPerFrame = g.flags.stepsPerFrame;
  config.pauseAtSteps = g.flags.runSteps;
  config.breakLines = g.flags.breakLines;
  config.session.seed = g.flags.seed;
  static App app(config);
  g.app = &app;
  setActiveApp(&app);
#ifdef __EMSCRIPTEN__
  // The page (web/heapscope.js) builds the link: it owns the URL and the clipboard.
  app.setShareHandler([] { EM_ASM({ if (window.heapscope && window.heapscope.share) window.heapscope.share(); }); });
  // Files go through the page too: a Blob download and an <input type=file>.
  app.setWebFileHandlers(
      [] { EM_ASM({ if (window.heapscope && window.heapscope.download) window.heapscope.download(); }); },
      [] { EM_ASM({ if (window.heapscope && window.heapscope.upload) window.heapscope.upload(); }); });
#endif
  if (!g.flags.file.empty()) {
#ifndef __EMSCRIPTEN__
    std::ifstream in(g.flags.file, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "heapscope_gui: cannot open %s\n", g.flags.file.c_str());
      return 1;
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto slash = g.flags.file.find_last_of('/');
    app.setSource(std::move(text),
                  slash == std::string::npos ? g.flags.file : g.flags.file.substr(slash + 1));
#endif
  } else if (!app.loadExample(g.flags.example)) {
    std::fprintf(stderr, "heapscope_gui: unknown example %s\n", g.flags.example.c_str());
    return 2;
  }
  if (!g.flags.openPath.empty() && !app.openFile(g.flags.openPath))
    std::fprintf(stderr, "heapscope_gui: %s\n", app.fileMessage().c_str());
  if (!g.flags.savePath.empty() && !app.saveFile(g.flags.savePath))
    std::fprintf(stderr, "heapscope_gui: %s\n", app.fileMessage().c_str());
#ifndef __EMSCRIPTEN__
  if (!g.flags.dropPath.empty()) {
    SDL_Event drop{};
    drop.type = SDL_DROPFILE;
    drop.drop.file = SDL_strdup(g.flags.dropPath.c_str());  // pumpEvents frees it, as SDL's own
    drop.drop.windowID = SDL_GetWindowID(g.window);
    SDL_PushEvent(&drop);
  }
#endif
  if (g.flags.autoRun) app.run();

#ifdef __EMSCRIPTEN__
  emscripten_set_main_loop_arg(frame, &g, 0, true);
#else
  while (!g.done) frame(&g);
  // Without --exit the state is written again when the window closes (also
  // on SIGTERM, which SDL turns into a quit), so a test can drive the GUI
  // with real keys (tests/desktop, xdotool) and read what they did.
  if (!g.flags.dumpState.empty() && !g.flags.exitAfter) {
    std::ofstream out(g.flags.dumpState, std::ios::binary);
    out << appStateJson(*g.app) << "\n";
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  SDL_GL_DeleteContext(g.gl);
  SDL_DestroyWindow(g.window);
  SDL_Quit();
#endif
  return g.exitCode;
}
