// The scanner (re2c): one raw token at a time from the text in memory (the source, or text
// injected for an f-string). Whitespace, comments and line continuations are skipped here;
// numbers and strings are handed to lex_num.c and lex_str.c; layout.c turns raw newlines into
// NEWLINE/INDENT/DEDENT. The scanner never reads past lx->lim (a NUL sentinel).
//
// The token set is MicroPython 1.29's and f-strings and t-strings are rewritten exactly as its
// lexer rewrites them. Where MicroPython's lexer lets something through that CPython rejects,
// mpyc rejects it with CPython's message and location: numbers running into names (`1abc`),
// tabs inconsistent with spaces, more than 100 levels of indentation or 200 open brackets,
// mismatched brackets, names with characters outside XID (`€`, U+00A0), invalid UTF-8 in
// names and str literals, non-ASCII bytes in bytes literals, NUL bytes, str mixed with bytes,
// f-string fields holding a lone starred item; a form feed resets the indentation column.
// f-string fields may hold backslashes and the literal's own quotes, as in CPython 3.12. Where MicroPython rejects what CPython takes, mpyc
// rejects it too: a number followed by a name or a '.' (`1if x else y`, `1.5.hex()`), `\N`
// in bytes. Errors of mpyc's own: upper-case string prefixes (not MicroPython syntax),
// `\N{...}` (no Unicode name table), octal escapes above \377 in bytes, f-string fields that
// are blank or leave a '}' unmatched (MicroPython fails only when the program runs), t-strings
// in a concatenation (MicroPython 1.29 garbles them).
#include <string.h>

#include "grammar.h"
#include "lex_internal.h"

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "lx->cur";
    re2c:define:YYMARKER = "lx->mar";
    re2c:define:YYLIMIT = "lx->lim";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;
    re2c:indent:top = 2;

    // Names: ASCII ones take the fast rule; any byte >= 0x80 sends the name to lex_uni.c.
    id_start = [a-zA-Z_\x80-\xff];
    id_cont = [a-zA-Z0-9_\x80-\xff];
    str_prefix = [rRuUbBfFtT] | [rR][bBfFtT] | [bBfFtT][rR];
*/

#define TOKEN(k) return token(lx, tok, (k))

static int token(lex_state *lx, lex_token *tok, int kind) {
    tok->kind = kind;
    tok->span = lex_span(lx, lx->tok, lx->cur);
    return kind;
}

static int name(lex_state *lx, lex_token *tok) {
    tok->v.name = intern_add(&lx->u->names, lx->tok, (size_t)(lx->cur - lx->tok));
    if (!tok->v.name) {
        return lex_error(lx, tok, lex_span(lx, lx->tok, lx->cur), "out of memory");
    }
    TOKEN(TOK_NAME);
}

static int open_bracket(lex_state *lx, lex_token *tok, char ch) {
    src_span sp = lex_span(lx, lx->tok, lx->cur);
    if (lx->depth >= LEX_MAX_BRACKETS) {
        lx->extra_depth++;
        return lex_error(lx, tok, sp, "too many nested parentheses");
    }
    lx->brackets[lx->depth++] = (lex_bracket){sp.off, ch};
    TOKEN(ch);
}

static int close_bracket(lex_state *lx, lex_token *tok, char ch) {
    src_span sp = lex_span(lx, lx->tok, lx->cur);
    if (lx->extra_depth > 0) {
        lx->extra_depth--;
        TOKEN(ch);
    }
    if (lx->depth == 0) {
        return lex_error(lx, tok, sp, "unmatched '%c'", ch);
    }
    lex_bracket open = lx->brackets[--lx->depth];
    char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
    if (ch != want) {
        uint32_t open_line = lex_line_of(lx, open.off);
        if (open_line != lex_line_of(lx, sp.off)) {
            return lex_error(lx, tok, sp,
                             "closing parenthesis '%c' does not match opening parenthesis '%c' "
                             "on line %u",
                             ch, open.ch, open_line);
        }
        return lex_error(lx, tok, sp,
                         "closing parenthesis '%c' does not match opening parenthesis '%c'", ch,
                         open.ch);
    }
    TOKEN(ch);
}

// A backslash not followed by a newline (CPython reports the character after it).
static int continuation_error(lex_state *lx, lex_token *tok) {
    if (lx->cur >= lx->lim) {
        return lex_error(lx, tok, lex_span(lx, lx->cur, lx->cur), "unexpected EOF while parsing");
    }
    src_span sp = lex_span(lx, lx->cur, lx->cur + 1);
    // Resume after the rest of the line.
    while (lx->cur < lx->lim && *lx->cur != '\n') {
        lx->cur++;
    }
    return lex_error(lx, tok, sp, "unexpected character after line continuation character");
}

// A byte that starts no token: CPython's messages for the common cases.
static int bad_char(lex_state *lx, lex_token *tok) {
    unsigned char c = (unsigned char)*lx->tok;
    src_span sp = lex_span(lx, lx->tok, lx->cur);
    if (c == 0) {
        if (lx->n_inject == 0 && sp.off == lx->nul_off) {
            return LEX_RAW_SKIP;   // reported before the first token
        }
        return lex_error(lx, tok, sp, "source code cannot contain null bytes");
    }
    if (c == '$' || c == '?' || c == '!' || c == '`') {
        return lex_error(lx, tok, sp, "invalid syntax");
    }
    return lex_error(lx, tok, sp, "invalid non-printable character U+%04X", c);
}

int lex_scan(lex_state *lx, lex_token *tok) {
    for (;;) {
        lx->tok = lx->cur;
        /*!re2c
            $ { return LEX_RAW_EOF; }
            [ \t\f]+ { continue; }
            "#" {
                lx->cur = lex_line_end(lx->cur, lx->lim);
                continue;
            }
            "\\\n" {
                if (lx->cur >= lx->lim && lx->n_inject == 0) {
                    return lex_error(lx, tok, lex_span(lx, lx->tok + 1, lx->tok + 1),
                                     "unexpected EOF while parsing");
                }
                continue;
            }
            "\\" { return continuation_error(lx, tok); }
            "\n" {
                if (lx->depth > 0 || lx->n_inject > 0) {
                    continue;
                }
                tok->kind = TOK_NEWLINE;
                tok->span = lex_span(lx, lx->tok, lx->cur);
                return LEX_RAW_NEWLINE;
            }

            "False" { TOKEN(TOK_KW_FALSE); }
            "None" { TOKEN(TOK_KW_NONE); }
            "True" { TOKEN(TOK_KW_TRUE); }
            "__debug__" { TOKEN(lx->u->opts.opt_level == 0 ? TOK_KW_TRUE : TOK_KW_FALSE); }
            "and" { TOKEN(TOK_KW_AND); }
            "as" { TOKEN(TOK_KW_AS); }
            "assert" { TOKEN(TOK_KW_ASSERT); }
            "async" { TOKEN(TOK_KW_ASYNC); }
            "await" { TOKEN(TOK_KW_AWAIT); }
            "break" { TOKEN(TOK_KW_BREAK); }
            "class" { TOKEN(TOK_KW_CLASS); }
            "continue" { TOKEN(TOK_KW_CONTINUE); }
            "def" { TOKEN(TOK_KW_DEF); }
            "del" { TOKEN(TOK_KW_DEL); }
            "elif" { TOKEN(TOK_KW_ELIF); }
            "else" { TOKEN(TOK_KW_ELSE); }
            "except" { TOKEN(TOK_KW_EXCEPT); }
            "finally" { TOKEN(TOK_KW_FINALLY); }
            "for" { TOKEN(TOK_KW_FOR); }
            "from" { TOKEN(TOK_KW_FROM); }
            "global" { TOKEN(TOK_KW_GLOBAL); }
            "if" { TOKEN(TOK_KW_IF); }
            "import" { TOKEN(TOK_KW_IMPORT); }
            "in" { TOKEN(TOK_KW_IN); }
            "is" { TOKEN(TOK_KW_IS); }
            "lambda" { TOKEN(TOK_KW_LAMBDA); }
            "nonlocal" { TOKEN(TOK_KW_NONLOCAL); }
            "not" { TOKEN(TOK_KW_NOT); }
            "or" { TOKEN(TOK_KW_OR); }
            "pass" { TOKEN(TOK_KW_PASS); }
            "raise" { TOKEN(TOK_KW_RAISE); }
            "return" { TOKEN(TOK_KW_RETURN); }
            "try" { TOKEN(TOK_KW_TRY); }
            "while" { TOKEN(TOK_KW_WHILE); }
            "with" { TOKEN(TOK_KW_WITH); }
            "yield" { TOKEN(TOK_KW_YIELD); }
            [a-zA-Z_] [a-zA-Z0-9_]* { return name(lx, tok); }
            id_start id_cont* { return lex_name_unicode(lx, tok); }

            str_prefix? ['"] {
                lx->cur = lx->tok;
                return lex_string(lx, tok);
            }
            [0-9] | "." [0-9] {
                lx->cur = lx->tok;
                return lex_number(lx, tok);
            }

            "(" { return open_bracket(lx, tok, '('); }
            "[" { return open_bracket(lx, tok, '['); }
            "{" { return open_bracket(lx, tok, '{'); }
            ")" { return close_bracket(lx, tok, ')'); }
            "]" { return close_bracket(lx, tok, ']'); }
            "}" { return close_bracket(lx, tok, '}'); }

            "**=" { TOKEN(TOK_POW_EQ); }
            "//=" { TOKEN(TOK_FLOORDIV_EQ); }
            "<<=" { TOKEN(TOK_LSHIFT_EQ); }
            ">>=" { TOKEN(TOK_RSHIFT_EQ); }
            "..." { TOKEN(TOK_ELLIPSIS); }
            "**" { TOKEN(TOK_POW); }
            "//" { TOKEN(TOK_FLOORDIV); }
            "<<" { TOKEN(TOK_LSHIFT); }
            ">>" { TOKEN(TOK_RSHIFT); }
            "<=" { TOKEN(TOK_LE); }
            ">=" { TOKEN(TOK_GE); }
            "==" { TOKEN(TOK_EQ); }
            "!=" { TOKEN(TOK_NE); }
            "->" { TOKEN(TOK_ARROW); }
            ":=" { TOKEN(TOK_WALRUS); }
            "+=" { TOKEN(TOK_PLUS_EQ); }
            "-=" { TOKEN(TOK_MINUS_EQ); }
            "*=" { TOKEN(TOK_STAR_EQ); }
            "/=" { TOKEN(TOK_SLASH_EQ); }
            "%=" { TOKEN(TOK_PERCENT_EQ); }
            "@=" { TOKEN(TOK_AT_EQ); }
            "&=" { TOKEN(TOK_AMP_EQ); }
            "|=" { TOKEN(TOK_PIPE_EQ); }
            "^=" { TOKEN(TOK_CARET_EQ); }
            [-+*/%@&|^~<>=.,:;] { TOKEN((unsigned char)*lx->tok); }

            * {
                int r = bad_char(lx, tok);
                if (r == LEX_RAW_SKIP) {
                    continue;
                }
                return r;
            }
        */
    }
}
