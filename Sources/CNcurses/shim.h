#ifndef STORYLINE_CNCURSES_SHIM_H
#define STORYLINE_CNCURSES_SHIM_H

// SwiftPM drops the -D flags of ncursesw.pc, so the wide-character API
// (cchar_t, setcchar, wadd_wch, get_wch) must be switched on here, before
// the include, or the narrow declarations are all Swift ever sees.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import function-like macros; each wrapper below stands in for one.

static inline int storyline_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int storyline_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline attr_t storyline_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t storyline_a_bold(void) { return A_BOLD; }
static inline attr_t storyline_a_reverse(void) { return A_REVERSE; }
static inline attr_t storyline_a_underline(void) { return A_UNDERLINE; }
static inline attr_t storyline_a_dim(void) { return A_DIM; }
static inline attr_t storyline_a_normal(void) { return A_NORMAL; }
static inline attr_t storyline_a_italic(void) { return A_ITALIC; }
static inline int storyline_colors(void) { return COLORS; }
static inline int storyline_color_pairs(void) { return COLOR_PAIRS; }
static inline int storyline_lines(void) { return LINES; }
static inline int storyline_cols(void) { return COLS; }
static inline WINDOW *storyline_stdscr(void) { return stdscr; }
static inline mmask_t storyline_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t storyline_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t storyline_button4_pressed(void) { return BUTTON4_PRESSED; }
#if NCURSES_MOUSE_VERSION > 1
static inline mmask_t storyline_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t storyline_button5_pressed(void) { return 0; }
#endif

/// Draws one grapheme cluster (up to a handful of code points) with attributes and a colour pair.
static inline int storyline_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

#endif
