#ifndef SVCREG_CEDITLINE_SHIM_H
#define SVCREG_CEDITLINE_SHIM_H

// Swift cannot call C variadic functions nor use the stdio globals under strict concurrency,
// so these non-variadic wrappers are the whole surface of libedit that LineEditor sees.

#include <histedit.h>
#include <stdio.h>

typedef char *(*svcreg_el_prompt_fn)(EditLine *);
typedef unsigned char (*svcreg_el_command_fn)(EditLine *, int);

static inline FILE *svcreg_stdin(void) { return stdin; }
static inline FILE *svcreg_stdout(void) { return stdout; }
static inline FILE *svcreg_stderr(void) { return stderr; }

static inline int svcreg_el_set_prompt(EditLine *el, svcreg_el_prompt_fn fn, char marker) {
  return el_set(el, EL_PROMPT_ESC, fn, marker);
}

static inline int svcreg_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}

static inline int svcreg_el_set_signal(EditLine *el, int handle) {
  return el_set(el, EL_SIGNAL, handle);
}

static inline int svcreg_el_prepare_terminal(EditLine *el, int editing) {
  return el_set(el, EL_PREP_TERM, editing);
}

static inline int svcreg_el_set_client_data(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}

static inline void *svcreg_el_client_data(EditLine *el) {
  void *data = NULL;
  if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
  return data;
}

static inline int svcreg_el_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}

static inline int svcreg_el_add_function(EditLine *el, const char *name, const char *help,
                                         svcreg_el_command_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int svcreg_el_bind(EditLine *el, const char *key, const char *function) {
  return el_set(el, EL_BIND, key, function, NULL);
}

static inline int svcreg_el_setty(EditLine *el, const char *mode, const char *setting) {
  return el_set(el, EL_SETTY, mode, setting, NULL);
}

static inline int svcreg_el_columns(EditLine *el) {
  int columns = 0;
  if (el_get(el, EL_GETTC, "co", &columns, NULL) != 0) return 0;
  return columns;
}

static inline int svcreg_history_set_size(History *h, int size) {
  HistEvent event;
  return history(h, &event, H_SETSIZE, size);
}

static inline int svcreg_history_set_unique(History *h, int unique) {
  HistEvent event;
  return history(h, &event, H_SETUNIQUE, unique);
}

static inline int svcreg_history_enter(History *h, const char *line) {
  HistEvent event;
  return history(h, &event, H_ENTER, line);
}

static inline int svcreg_history_load(History *h, const char *path) {
  HistEvent event;
  return history(h, &event, H_LOAD, path);
}

static inline int svcreg_history_save(History *h, const char *path) {
  HistEvent event;
  return history(h, &event, H_SAVE, path);
}

#endif
