// Lexer (re2c).
#include "lex.h"
#include "grammar.h"

struct lex_state {
    comp_unit *u;
    const char *cur;
};

lex_state *lex_new(comp_unit *u) {
    lex_state *lx = ARENA_NEW(&u->arena, lex_state);
    if (lx) {
        lx->u = u;
        lx->cur = u->src.text;
    }
    return lx;
}

int lex_next(lex_state *lx, lex_token *tok) {
    tok->kind = 0;
    tok->span = (src_span){(uint32_t)(lx->cur - lx->u->src.text), 0};
    return 0;
}
