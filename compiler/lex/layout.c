// The layout layer: turns the scanner's raw tokens into the parser's stream by adding NEWLINE,
// INDENT and DEDENT as CPython's tokenizer does (indentation stack with a 0 sentinel, tabs to
// multiples of 8 checked against tab size 1, blank and comment-only lines ignored, brackets
// joining lines, a final NEWLINE and DEDENTs at the end). Also the lexer's shared helpers:
// spans, errors, injected text.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "grammar.h"
#include "lex_internal.h"

lex_state *lex_new(comp_unit *u) {
    lex_state *lx = ARENA_NEW(&u->arena, lex_state);
    if (!lx) {
        return NULL;
    }
    lx->u = u;
    lx->src = u->src.text;
    lx->base = lx->src;
    lx->cur = lx->src;
    lx->lim = lx->src + u->src.n_text;
    // A UTF-8 byte order mark is not part of the program (as in CPython).
    if (lx->lim - lx->cur >= 3 && memcmp(lx->cur, "\xef\xbb\xbf", 3) == 0) {
        lx->cur += 3;
    }
    lx->n_indents = 1;
    lx->at_bol = true;
    const char *nul = memchr(lx->src, '\0', u->src.n_text);
    lx->nul_off = nul ? (uint32_t)(nul - lx->src) : UINT32_MAX;
    lx->nul_pending = nul != NULL;
    return lx;
}

uint32_t lex_line_of(lex_state *lx, uint32_t off) {
    return src_line(&lx->u->src, &lx->u->arena, off);
}

src_span lex_span_injected(const lex_state *lx, const char *start, const char *end) {
    // Injected text: a token inside a piece copied from the source maps back to it; tokens
    // made up by the rewrite get the span of the literal.
    const lex_inject *in = &lx->inject[lx->n_inject - 1];
    uint32_t off = (uint32_t)(start - in->base);
    uint32_t lo = 0, hi = in->n_segs;
    while (lo < hi) { // first piece starting after off
        uint32_t mid = lo + (hi - lo) / 2;
        if (in->segs[mid].buf_off <= off) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo > 0) {
        const lex_seg *s = &in->segs[lo - 1];
        if (off - s->buf_off < s->len) {
            uint32_t len = (uint32_t)(end - start);
            if (len > s->len - (off - s->buf_off)) {
                len = s->len - (off - s->buf_off);
            }
            return (src_span){s->src_off + (off - s->buf_off), len};
        }
    }
    return in->span;
}

int lex_error(lex_state *lx, lex_token *tok, src_span sp, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_error(&lx->u->diag, sp, "%s", msg);
    diag_quiet(&lx->u->diag, sp);
    tok->kind = TOK_PY_YYerror;
    tok->span = sp;
    return TOK_PY_YYerror;
}

// ---- Lines as stock counts them (unit_line_shift) ----
// Stock's lexer reads injected text after its literal and counts the text's newlines again,
// so every line after it is that much further on. The extra lines passed are recorded for
// the source offsets of the tokens read from injected text, and for the source after the
// outermost literal.

// Newlines in [p, e) as stock reads them: LF, CR LF and a lone CR are one each.
static uint32_t count_newlines(const char *p, const char *e) {
    uint32_t n = 0;
    for (; p < e; p++) {
        n += *p == '\n' || (*p == '\r' && (p + 1 == e || p[1] != '\n'));
    }
    return n;
}

static void add_line_shift(lex_state *lx, uint32_t off) {
    comp_unit *u = lx->u;
    uint32_t extra = lx->inj_newlines;
    uint32_t last = u->n_line_shifts ? u->line_shifts[u->n_line_shifts - 1].extra : 0;
    if (extra == last) {
        return;
    }
    if (u->n_line_shifts && u->line_shifts[u->n_line_shifts - 1].off >= off) {
        unit_line_shift *s = &u->line_shifts[u->n_line_shifts - 1];
        if (s->off == off) {
            s->extra = extra;
        }
        return; // out of order: keep the table sorted
    }
    if (u->n_line_shifts == u->cap_line_shifts) {
        uint32_t cap = u->cap_line_shifts ? 2 * u->cap_line_shifts : 16;
        unit_line_shift *t =
            arena_grow(&u->arena, u->line_shifts, u->cap_line_shifts * sizeof *t, cap * sizeof *t);
        if (!t) {
            if (!lx->shift_oom) {
                diag_error(&u->diag, (src_span){off, 0}, "out of memory");
            }
            lx->shift_oom = true;
            return;
        }
        u->line_shifts = t;
        u->cap_line_shifts = cap;
    }
    u->line_shifts[u->n_line_shifts++] = (unit_line_shift){off, extra};
}

// Passes the injected text being read up to p, counting its newlines.
static void pass_injected(lex_state *lx, const char *p) {
    lex_inject *in = &lx->inject[lx->n_inject - 1];
    if (p > in->scan) {
        lx->inj_newlines += count_newlines(in->scan, p);
        in->scan = p;
    }
}

// A token read from injected text: its source offset gets the extra lines passed before it
// (tokens made up by the rewrite have no source of their own and record nothing).
static void injected_token(lex_state *lx, const lex_token *tok) {
    const lex_inject *in = &lx->inject[lx->n_inject - 1];
    if (lx->tok < in->base || lx->tok > lx->lim) {
        return; // a literal that started injected text of its own: recorded when pushed
    }
    pass_injected(lx, lx->tok);
    if (tok->span.off != in->span.off || tok->span.len != in->span.len) {
        add_line_shift(lx, tok->span.off);
    }
}

bool lex_push_inject(lex_state *lx, const char *text, uint32_t len, src_span span,
                     const lex_seg *segs, uint32_t n_segs) {
    if (lx->n_inject >= LEX_MAX_INJECT) {
        return false;
    }
    if (lx->n_inject > 0) {
        // A literal inside injected text: it starts where its token does, and its own text
        // (newlines included) is passed before the new text is read.
        pass_injected(lx, lx->tok);
        bool made_up = span.off == lx->inject[lx->n_inject - 1].span.off;
        if (!made_up) {
            add_line_shift(lx, span.off);
        }
        // Stock's lexer skips the white space after the literal (newlines too: the text is
        // inside the brackets of a call) before it reads the new text.
        const char *p = lx->cur;
        while (p < lx->lim) {
            if (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\n' || *p == '\r') {
                p++;
            } else if (*p == '#') {
                p = lex_line_end(p, lx->lim);
            } else if (*p == '\\' && p + 1 < lx->lim && p[1] == '\n') {
                p += 2;
            } else {
                break;
            }
        }
        pass_injected(lx, p);
        if (!made_up && span.len > 1) {
            // What follows the literal (the start of its injected text) is keyed one byte on.
            add_line_shift(lx, span.off + 1);
        }
    }
    lex_inject *in = &lx->inject[lx->n_inject++];
    in->scan = text;
    in->saved_cur = lx->cur;
    in->saved_lim = lx->lim;
    in->saved_base = lx->base;
    in->base = text;
    in->span = span;
    in->segs = segs;
    in->n_segs = n_segs;
    in->depth = lx->depth;
    lx->base = text;
    lx->cur = text;
    lx->lim = text + len;
    return true;
}

// Back to the text the injected text came from. A bracket opened inside and never closed
// (an f-string field such as `{(x}`) is reported there, and the depth goes back to what it
// was, so the rest of the file keeps its lines.
LEX_COLD static int pop_inject(lex_state *lx, lex_token *tok) {
    pass_injected(lx, lx->lim);
    lex_inject *in = &lx->inject[--lx->n_inject];
    if (lx->n_inject == 0) {
        add_line_shift(lx, (uint32_t)(in->saved_cur - lx->src));
    }
    lx->cur = in->saved_cur;
    lx->lim = in->saved_lim;
    lx->base = in->saved_base;
    if (lx->depth > in->depth) {
        lex_bracket open = lx->brackets[lx->depth - 1];
        lx->depth = in->depth;
        return lex_error(lx, tok, (src_span){open.off, 1}, "'%c' was never closed", open.ch);
    }
    return LEX_RAW_SKIP;
}

static int layout_token(lex_token *tok, int kind, src_span sp) {
    tok->kind = kind;
    tok->span = sp;
    return kind;
}

// At the start of a logical line: measures its indentation (skipping blank and comment-only
// lines) and sets the INDENTs or DEDENTs to give. Returns LEX_RAW_SKIP, LEX_RAW_EOF, or
// YYerror after an indentation error.
LEX_COLD static int line_start(lex_state *lx, lex_token *tok) {
    const char *p = lx->cur;
    const char *line;
    uint32_t col, alt;
    for (;;) {
        line = p;
        col = 0;
        alt = 0;
        // Eight spaces at a time while the line has them (the text ends in a NUL, so the
        // loads stay inside it when they stop at the first byte that is not a space).
        while (lx->lim - p >= 8 && memcmp(p, "        ", 8) == 0) {
            p += 8;
            col += 8;
            alt += 8;
        }
        for (;; p++) {
            if (*p == ' ') {
                col++;
                alt++;
            } else if (*p == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (*p == '\f') {
                col = alt = 0;
            } else {
                break;
            }
        }
        if (p >= lx->lim) {
            lx->cur = p;
            return LEX_RAW_EOF;
        }
        if (*p == '#') {
            p = lex_line_end(p, lx->lim);
        }
        if (*p == '\n') {
            p++;
            continue;
        }
        if (p >= lx->lim) {
            lx->cur = p;
            return LEX_RAW_EOF;
        }
        break;
    }
    lx->cur = p;
    lx->at_bol = false;
    lx->line_off = (uint32_t)(p - lx->src);
    int top = lx->n_indents - 1;
    if (col == lx->indents[top]) {
        if (alt != lx->alt_indents[top]) {
            goto tab_error;
        }
    } else if (col > lx->indents[top]) {
        if (alt <= lx->alt_indents[top]) {
            goto tab_error;
        }
        if (lx->n_indents >= LEX_MAX_INDENT) {
            return lex_error(lx, tok, lex_span(lx, line, line), "too many levels of indentation");
        }
        lx->indents[lx->n_indents] = col;
        lx->alt_indents[lx->n_indents] = alt;
        lx->n_indents++;
        lx->pending = 1;
    } else {
        while (lx->n_indents > 1 && col < lx->indents[lx->n_indents - 1]) {
            lx->n_indents--;
            lx->pending--;
        }
        if (col != lx->indents[lx->n_indents - 1]) {
            // Located at the end of the line, as CPython does.
            const char *eol = p;
            while (eol < lx->lim && *eol != '\n') {
                eol++;
            }
            return lex_error(lx, tok, lex_span(lx, eol, eol),
                             "unindent does not match any outer indentation level");
        }
        if (alt != lx->alt_indents[lx->n_indents - 1]) {
            goto tab_error;
        }
    }
    return LEX_RAW_SKIP;

tab_error:
    return lex_error(lx, tok, lex_span(lx, line, line),
                     "inconsistent use of tabs and spaces in indentation");
}

// The end of the text: a bracket left open is an error; then a NEWLINE if the last line had
// tokens, the DEDENTs back to column 0, and the end marker (for ever after).
LEX_COLD static int at_eof(lex_state *lx, lex_token *tok) {
    src_span end = {(uint32_t)(lx->lim - lx->src), 0};
    if (lx->depth > 0) {
        lex_bracket open = lx->brackets[lx->depth - 1];
        lx->depth = 0;
        lx->extra_depth = 0;
        return lex_error(lx, tok, (src_span){open.off, 1}, "'%c' was never closed", open.ch);
    }
    if (!lx->at_bol) {
        lx->at_bol = true;
        return layout_token(tok, TOK_NEWLINE, end);
    }
    if (lx->n_indents > 1) {
        lx->line_off = end.off;
        lx->pending = -(lx->n_indents - 1);
        lx->n_indents = 1;
        lx->pending++;
        return layout_token(tok, TOK_DEDENT, end);
    }
    lx->eof_done = true;
    return layout_token(tok, TOK_YYEOF, end);
}

int lex_next(lex_state *lx, lex_token *tok) {
    tok->v.num = NULL;
    if (lx->nul_pending) {
        lx->nul_pending = false;
        return lex_error(lx, tok, (src_span){lx->nul_off, 1},
                         "source code cannot contain null bytes");
    }
    for (;;) {
        if (lx->pending < 0) {
            lx->pending++;
            return layout_token(tok, TOK_DEDENT, (src_span){lx->line_off, 0});
        }
        if (lx->pending > 0) {
            lx->pending--;
            uint32_t off = lx->line_off > 0 ? lx->line_off - 1 : 0;
            return layout_token(tok, TOK_INDENT, (src_span){off, 1});
        }
        if (lx->eof_done) {
            return layout_token(tok, TOK_YYEOF, (src_span){(uint32_t)(lx->lim - lx->src), 0});
        }
        if (lx->at_bol && lx->n_inject == 0) {
            int r = line_start(lx, tok);
            if (r == LEX_RAW_EOF) {
                return at_eof(lx, tok);
            }
            if (r != LEX_RAW_SKIP) {
                return r;
            }
            continue;
        }
        int n_inject = lx->n_inject;
        int k = lex_scan(lx, tok);
        if (n_inject > 0 && k >= 0 && n_inject == lx->n_inject) {
            injected_token(lx, tok);
        }
        if (k == LEX_RAW_NEWLINE) {
            lx->at_bol = true;
            return TOK_NEWLINE;
        }
        if (k == LEX_RAW_EOF) {
            if (lx->n_inject > 0) {
                int r = pop_inject(lx, tok);
                if (r != LEX_RAW_SKIP) {
                    return r;
                }
                continue;
            }
            return at_eof(lx, tok);
        }
        return k;
    }
}

bool lex_buf_reserve(lex_state *lx, lex_buf *b, size_t extra) {
    if (b->len + extra <= b->cap) {
        return true;
    }
    size_t cap = b->cap ? (size_t)b->cap * 2 : 256;
    while (cap < b->len + extra) {
        cap *= 2;
    }
    if (cap > UINT32_MAX) {
        return false;
    }
    char *p = arena_grow(&lx->u->arena, b->buf, b->cap, cap);
    if (!p) {
        return false;
    }
    b->buf = p;
    b->cap = (uint32_t)cap;
    return true;
}
