// The module-wide tables all emitters share (stock's emitcommon.c and the helpers compile.c
// keeps next to it): the qstr table in first-use order, the object table with strict-equality
// sharing, and the child raw codes of the scope being compiled. All storage is in the arena.
#include "emit.h"

#include <string.h>

void emit_module_fail(emit_module *m, emit_error err) {
    if (m->error == EMIT_OK) {
        m->error = err;
    }
}

// Grows an arena array of `elem`-byte items to hold at least `need`, zero-filling the new
// part. Doubling keeps the copies (the arena never frees) within a factor two of the final
// size.
static bool grow(emit_module *m, void **items, uint32_t *cap, size_t need, size_t elem) {
    if (need <= *cap) {
        return true;
    }
    size_t c = *cap ? *cap : 8;
    while (c < need) {
        c *= 2;
    }
    if (c > UINT32_MAX / 2) {
        emit_module_fail(m, EMIT_ERR_TOO_BIG);
        return false;
    }
    void *p = arena_grow(m->arena, *items, *cap * elem, c * elem);
    if (!p) {
        emit_module_fail(m, EMIT_ERR_NO_MEMORY);
        return false;
    }
    memset((char *)p + *cap * elem, 0, (c - *cap) * elem);
    *items = p;
    *cap = (uint32_t)c;
    return true;
}

bool emit_module_init(emit_module *m, arena *a, intern_table *names, intern_id source) {
    memset(m, 0, sizeof *m);
    m->arena = a;
    m->names = names;
    emit_module_use_qstr(m, source);
    return m->error == EMIT_OK;
}

uint32_t emit_module_use_qstr(emit_module *m, intern_id q) {
    if (q >= m->n_qstr_index &&
        !grow(m, (void **)&m->qstr_index, &m->n_qstr_index, (size_t)q + 1, sizeof(uint32_t))) {
        return 0;
    }
    if (m->qstr_index[q] == 0) {
        if (!grow(m, (void **)&m->qstrs, &m->cap_qstrs, (size_t)m->n_qstrs + 1,
                  sizeof(intern_id))) {
            return 0;
        }
        m->qstrs[m->n_qstrs++] = q;
        m->qstr_index[q] = m->n_qstrs;
    }
    return m->qstr_index[q] - 1;
}

// A linear search, as stock does: tables are short, and equality is not a total order
// (NaN), so a hash would have to special-case it anyway.
uint32_t emit_module_use_const(emit_module *m, const emit_const *c) {
    for (uint32_t i = 0; i < m->n_objs; i++) {
        if (emit_const_equal(m->objs[i], c)) {
            return i;
        }
    }
    if (!grow(m, (void **)&m->objs, &m->cap_objs, (size_t)m->n_objs + 1, sizeof *m->objs)) {
        return 0;
    }
    m->objs[m->n_objs] = c;
    return m->n_objs++;
}

// The children array of a scope is made when its code-size pass starts, from the count of
// the pass before (the stack-size pass makes the same calls), and filled in the emit passes.
void emit_module_start_pass(emit_module *m, emit_pass pass) {
    m->pass = pass;
    if (pass == EMIT_PASS_CODE_SIZE) {
        m->cap_children = m->n_children;
        m->children = NULL;
        if (m->n_children) {
            m->children = ARENA_ARRAY(m->arena, emit_raw_code *, m->n_children);
            if (!m->children) {
                m->cap_children = 0;
                emit_module_fail(m, EMIT_ERR_NO_MEMORY);
            }
        }
    }
    m->n_children = 0;
}

uint32_t emit_module_use_child(emit_module *m, scope *child) {
    uint32_t idx = m->n_children++;
    if (m->pass == EMIT_PASS_EMIT) {
        if (idx < m->cap_children) {
            m->children[idx] = emit_scope_raw_code(m, child);
        } else {
            emit_module_fail(m, EMIT_ERR_INTERNAL);
        }
    }
    return idx;
}

emit_raw_code *emit_scope_raw_code(emit_module *m, scope *s) {
    if (!s->rc) {
        s->rc = ARENA_NEW(m->arena, emit_raw_code);
        if (!s->rc) {
            emit_module_fail(m, EMIT_ERR_NO_MEMORY);
        }
    }
    return s->rc;
}
