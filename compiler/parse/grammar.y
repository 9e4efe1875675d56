// Python grammar as MicroPython 1.29 accepts it, for Bison. Pure parser, locations as source
// spans, LAC for accurate "expected" lists. Every action is `$$ = $n;` or one ast_* call.
%require "3.8"
%define api.pure full
%define api.prefix {py_yy}
%define api.token.prefix {TOK_}
%define api.value.type {union parse_value}
%define api.location.type {src_span}
%define parse.error custom
%define parse.lac full
%locations
%param {parse_ctx *cx}
%expect 0

%code requires {
#include "lex/lex.h"
#include "parse/ast.h"
#include "parse/parse_internal.h"
}

// ---- tokens (the lexer's alphabet; lexer.re returns these kinds) ----
%token <tok> NAME "name" NUMBER "number" STRING "string" BYTES "bytes"
%token NEWLINE "end of line" INDENT "indent" DEDENT "dedent"

%token KW_FALSE "'False'" KW_NONE "'None'" KW_TRUE "'True'"
%token KW_AND "'and'" KW_AS "'as'" KW_ASSERT "'assert'" KW_ASYNC "'async'" KW_AWAIT "'await'"
%token KW_BREAK "'break'" KW_CLASS "'class'" KW_CONTINUE "'continue'" KW_DEF "'def'"
%token KW_DEL "'del'" KW_ELIF "'elif'" KW_ELSE "'else'" KW_EXCEPT "'except'"
%token KW_FINALLY "'finally'" KW_FOR "'for'" KW_FROM "'from'" KW_GLOBAL "'global'"
%token KW_IF "'if'" KW_IMPORT "'import'" KW_IN "'in'" KW_IS "'is'" KW_LAMBDA "'lambda'"
%token KW_NONLOCAL "'nonlocal'" KW_NOT "'not'" KW_OR "'or'" KW_PASS "'pass'"
%token KW_RAISE "'raise'" KW_RETURN "'return'" KW_TRY "'try'" KW_WHILE "'while'"
%token KW_WITH "'with'" KW_YIELD "'yield'"

// Operators of more than one character (single characters are their own kinds: '+' '(' ...).
%token POW "'**'" FLOORDIV "'//'" LSHIFT "'<<'" RSHIFT "'>>'"
%token LE "'<='" GE "'>='" EQ "'=='" NE "'!='" ARROW "'->'" WALRUS "':='" ELLIPSIS "'...'"
%token PLUS_EQ "'+='" MINUS_EQ "'-='" STAR_EQ "'*='" SLASH_EQ "'/='" FLOORDIV_EQ "'//='"
%token PERCENT_EQ "'%='" POW_EQ "'**='" AT_EQ "'@='" LSHIFT_EQ "'<<='" RSHIFT_EQ "'>>='"
%token AMP_EQ "'&='" PIPE_EQ "'|='" CARET_EQ "'^='"
// ---- end of tokens ----

%code {
// Spans merge from the first to the last symbol; an empty rule gets a point after its left
// neighbour.
#define YYLLOC_DEFAULT(cur, rhs, n)                                                      \
    do {                                                                                 \
        if (n) {                                                                         \
            (cur).off = YYRHSLOC(rhs, 1).off;                                            \
            (cur).len = YYRHSLOC(rhs, n).off + YYRHSLOC(rhs, n).len - (cur).off;         \
        } else {                                                                         \
            (cur).off = YYRHSLOC(rhs, 0).off + YYRHSLOC(rhs, 0).len;                     \
            (cur).len = 0;                                                               \
        }                                                                                \
    } while (0)
#define YYLOCATION_PRINT(file, loc) ((void)0)

static int yylex(union parse_value *lval, src_span *lloc, parse_ctx *cx) {
    lex_token t;
    int k = lex_next(cx->lx, &t);
    lval->tok = t.v;
    *lloc = t.span;
    return k;
}
static void yyerror(src_span *lloc, parse_ctx *cx, const char *msg) {
    diag_error(&cx->u->diag, *lloc, "%s", msg);
}
}

%%

module: %empty { $$ = NULL; }
%nterm <node> module;

%%

static int yyreport_syntax_error(const yypcontext_t *ctx, parse_ctx *cx) {
    diag_error(&cx->u->diag, *yypcontext_location(ctx), "invalid syntax");
    return 0;
}

struct ast *parse_module(comp_unit *u) {
    parse_ctx cx = {u, lex_new(u), NULL};
    if (!cx.lx || py_yyparse(&cx) != 0) {
        return NULL;
    }
    return cx.result;
}

const char *parse_token_name(int kind) {
    return yysymbol_name(YYTRANSLATE(kind));
}
