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

// The index by intern id is sized for every name interned so far when it first grows (ids are
// dense, and the parser has interned nearly all by then), so that the arena seldom keeps
// outgrown copies of it.
uint32_t emit_module_use_qstr(emit_module *m, intern_id q) {
    size_t need = q < m->names->n_entries ? m->names->n_entries : (size_t)q + 1;
    if (q >= m->n_qstr_index &&
        !grow(m, (void **)&m->qstr_index, &m->n_qstr_index, need, sizeof(uint32_t))) {
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

// Rebuilds the hash index with room for twice the objects (load factor at most 1/2).
static bool rehash_objs(emit_module *m) {
    uint32_t n = m->n_obj_slots ? m->n_obj_slots * 2 : 64;
    uint32_t *slots = ARENA_ARRAY(m->arena, uint32_t, n);
    if (!slots) {
        emit_module_fail(m, EMIT_ERR_NO_MEMORY);
        return false;
    }
    memset(slots, 0, n * sizeof *slots);
    for (uint32_t i = 0; i < m->n_objs; i++) {
        uint32_t k = emit_const_hash(m->objs[i]) & (n - 1);
        while (slots[k]) {
            k = (k + 1) & (n - 1);
        }
        slots[k] = i + 1;
    }
    m->obj_slots = slots;
    m->n_obj_slots = n;
    return true;
}

// The first strictly equal constant wins, as in stock's linear search; the index only makes
// the search fast (NaN equals only itself, which the index handles like any value).
uint32_t emit_module_use_const(emit_module *m, const emit_const *c) {
    if ((size_t)(m->n_objs + 1) * 2 > m->n_obj_slots && !rehash_objs(m)) {
        return 0;
    }
    uint32_t mask = m->n_obj_slots - 1;
    uint32_t k = emit_const_hash(c) & mask;
    for (; m->obj_slots[k]; k = (k + 1) & mask) {
        if (emit_const_equal(m->objs[m->obj_slots[k] - 1], c)) {
            return m->obj_slots[k] - 1;
        }
    }
    if (!grow(m, (void **)&m->objs, &m->cap_objs, (size_t)m->n_objs + 1, sizeof *m->objs)) {
        return 0;
    }
    m->objs[m->n_objs] = c;
    m->obj_slots[k] = m->n_objs + 1;
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
