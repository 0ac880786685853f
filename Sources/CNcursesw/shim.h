// CNcursesw: the wide-character ncurses library as seen from Swift.
//
// Swift imports neither function-like C macros (A_BOLD, KEY_F(n), getmaxyx,
// the mouse masks) nor, in Swift 6 language mode, mutable C globals (stdscr,
// COLORS, curscr). Each of those is wrapped below in a `static inline`
// function named `parley_*`. Only ParleyTerminal imports this module.

#ifndef PARLEY_CNCURSESW_SHIM_H
#define PARLEY_CNCURSESW_SHIM_H

// Must come before any ncurses header: without them get_wch, add_wch,
// setcchar and cchar_t are not declared. SwiftPM drops -D_XOPEN_SOURCE from
// pkg-config ("prohibited flag"), so the defines live here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// glibc declares wcwidth only under _XOPEN_SOURCE; the Glibc module is built
// without it, so declare it here (a compatible redeclaration is harmless).
extern int wcwidth(wchar_t c);

// MARK: - Windows and screens

/// The standard screen of the current terminal (the C global `stdscr`).
static inline WINDOW *parley_stdscr(void) { return stdscr; }

/// The C stdio stream for standard output, for newterm.
static inline FILE *parley_stdout(void) { return stdout; }

/// The C stdio stream for standard input, for newterm.
static inline FILE *parley_stdin(void) { return stdin; }

/// The window's size in rows and columns (the `getmaxyx` macro).
static inline void parley_getmaxyx(WINDOW *win, int *rows, int *columns) {
    int y = 0, x = 0;
    getmaxyx(win, y, x);
    *rows = y;
    *columns = x;
}

/// Number of colours the terminal supports (the C global `COLORS`).
static inline int parley_colors(void) { return COLORS; }

/// Number of colour pairs the terminal supports (the C global `COLOR_PAIRS`).
static inline int parley_color_pairs(void) { return COLOR_PAIRS; }

// MARK: - Attributes

static inline attr_t parley_a_normal(void) { return A_NORMAL; }
static inline attr_t parley_a_bold(void) { return A_BOLD; }
static inline attr_t parley_a_underline(void) { return A_UNDERLINE; }
static inline attr_t parley_a_reverse(void) { return A_REVERSE; }
static inline attr_t parley_a_dim(void) { return A_DIM; }
static inline attr_t parley_a_standout(void) { return A_STANDOUT; }

// MARK: - Keys

/// The key code of function key `n` (the `KEY_F(n)` macro).
static inline int parley_key_f(int n) { return KEY_F(n); }

// MARK: - Mouse masks

static inline mmask_t parley_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t parley_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t parley_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t parley_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t parley_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t parley_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t parley_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t parley_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }

// MARK: - Locale and character width

/// Whether the current LC_CTYPE locale uses UTF-8.
static inline int parley_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

/// The C library's idea of a character's width in cells (-1 if unprintable),
/// which is what ncurses uses when placing it.
static inline int parley_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

#endif
