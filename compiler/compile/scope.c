// Scope tables for the scope pass (compiler-semantics.md 4): identifiers in order of first
// mention with their kinds, closing over enclosing functions' variables, and the final local
// numbering. The compile walk (compile.c) decides which names are loaded, stored or declared;
// this file keeps the tables the way stock's scope.c and compile.c keep theirs, since their
// order is visible in the output (locals, cells, closures, prelude names).
#include <string.h>

#include "comp_internal.h"

scope *scope_new(arena *a, scope_kind kind, intern_id name, scope *parent) {
    scope *s = ARENA_NEW(a, scope);
    if (s) {
        s->kind = (uint8_t)kind;
        s->emit = SCOPE_EMIT_BYTECODE;
        s->simple_name = name;
        s->parent = parent;
    }
    return s;
}

// Scopes with more identifiers than this get a hash index (a module or function with
// thousands of names would otherwise make every lookup a long scan).
enum { SCAN_MAX = 24 };

static uint32_t hash_name(intern_id name) {
    return (uint32_t)name * 2654435761u;
}

// The index slot that holds name, or the empty slot where it would go.
static uint32_t *index_slot(const scope *s, intern_id name) {
    uint32_t mask = s->cap_index - 1;
    for (uint32_t h = hash_name(name) & mask;; h = (h + 1) & mask) {
        uint32_t *slot = &s->index[h];
        if (*slot == 0 || s->ids[*slot - 1].name == name) {
            return slot;
        }
    }
}

// Makes an index with room for twice the identifiers (false on no memory).
static bool reindex(arena *a, scope *s) {
    uint32_t cap = 64;
    while (cap < 2 * (s->n_ids + 1)) {
        cap *= 2;
    }
    uint32_t *index = ARENA_ARRAY(a, uint32_t, cap);
    if (!index) {
        return false;
    }
    memset(index, 0, cap * sizeof *index);
    s->index = index;
    s->cap_index = cap;
    for (uint32_t i = 0; i < s->n_ids; i++) {
        *index_slot(s, s->ids[i].name) = i + 1;
    }
    return true;
}

scope_id *scope_find(scope *s, intern_id name) {
    if (s->index) {
        uint32_t at = *index_slot(s, name);
        return at ? &s->ids[at - 1] : NULL;
    }
    for (uint32_t i = 0; i < s->n_ids; i++) {
        if (s->ids[i].name == name) {
            return &s->ids[i];
        }
    }
    return NULL;
}

scope_id *scope_find_or_add(arena *a, scope *s, intern_id name, scope_id_kind kind) {
    scope_id *id = scope_find(s, name);
    if (id) {
        return id;
    }
    if (s->n_ids == s->cap_ids) {
        uint32_t cap = s->cap_ids ? s->cap_ids * 2 : 8;
        scope_id *p = arena_grow(a, s->ids, s->cap_ids * sizeof *p, cap * sizeof *p);
        if (!p) {
            return NULL;
        }
        s->ids = p;
        s->cap_ids = cap;
    }
    if ((s->index || s->n_ids >= SCAN_MAX) && 2 * (s->n_ids + 1) > s->cap_index && !reindex(a, s)) {
        return NULL;
    }
    id = &s->ids[s->n_ids++];
    *id = (scope_id){.name = name, .kind = (uint8_t)kind};
    if (s->index) {
        *index_slot(s, name) = s->n_ids;
    }
    return id;
}

scope_id *scope_id_for_load(arena *a, scope *s, intern_id name) {
    return scope_find_or_add(a, s, name, SCOPE_ID_GLOBAL_IMPLICIT);
}

scope_id *scope_id_for_store(arena *a, scope *s, intern_id name) {
    scope_id *id = scope_find_or_add(a, s, name, SCOPE_ID_GLOBAL_IMPLICIT);
    if (id && id->kind == SCOPE_ID_GLOBAL_IMPLICIT) {
        // A local in a function-like scope; elsewhere marked assigned so it is never closed over.
        id->kind = SCOPE_IS_FUNC_LIKE(s->kind) ? SCOPE_ID_LOCAL : SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED;
    }
    return id;
}

// Marks `name` free in every scope from s's parent outwards up to the one that owns it, whose
// local becomes a cell.
static bool close_over_in_parents(arena *a, scope *s, intern_id name) {
    for (scope *p = s->parent; p && p->parent; p = p->parent) {
        scope_id *id = scope_find_or_add(a, p, name, SCOPE_ID_UNDECIDED);
        if (!id) {
            return false;
        }
        if (id->kind == SCOPE_ID_UNDECIDED) {
            id->kind = SCOPE_ID_FREE;
            continue;
        }
        if (id->kind == SCOPE_ID_LOCAL) {
            id->kind = SCOPE_ID_CELL;
        }
        return true;
    }
    return true;
}

bool scope_check_to_close_over(arena *a, scope *s, scope_id *id) {
    if (!s->parent) {
        return true;
    }
    intern_id name = id->name; // id may move when a parent's table grows; it is s's own
    for (scope *p = s->parent; p->parent; p = p->parent) {
        scope_id *id2 = scope_find(p, name);
        if (id2) {
            if (id2->kind == SCOPE_ID_LOCAL || id2->kind == SCOPE_ID_CELL ||
                id2->kind == SCOPE_ID_FREE) {
                id->kind = SCOPE_ID_FREE;
                return close_over_in_parents(a, s, name);
            }
            break;
        }
    }
    return true;
}

void scope_compute_things(scope *s, intern_id q_class) {
    // *args goes after every other parameter except **kw: swap it with the last plain
    // parameter that follows it.
    if (s->flags & SCOPE_FLAG_VARARGS) {
        scope_id *param = NULL;
        for (uint32_t i = s->n_ids; i-- > 0;) {
            scope_id *id = &s->ids[i];
            if (id->flags & SCOPE_ID_STAR_PARAM) {
                if (param) {
                    if (s->index) {
                        // The two names swap positions (found while the index still holds).
                        uint32_t *a = index_slot(s, param->name), *b = index_slot(s, id->name);
                        uint32_t at = *a;
                        *a = *b;
                        *b = at;
                    }
                    scope_id t = *param;
                    *param = *id;
                    *id = t;
                }
                break;
            }
            if (!param && id->flags == SCOPE_ID_PARAM) {
                param = id;
            }
        }
    }
    // Locals (and every parameter, even one that became a cell) first.
    s->n_locals = 0;
    bool func_like = SCOPE_IS_FUNC_LIKE(s->kind);
    for (uint32_t i = 0; i < s->n_ids; i++) {
        scope_id *id = &s->ids[i];
        if (s->kind == SCOPE_CLASS && id->name == q_class) {
            continue; // not a local; a cell when some method uses it (4.6)
        }
        if (func_like && id->kind == SCOPE_ID_GLOBAL_IMPLICIT) {
            id->kind = SCOPE_ID_GLOBAL_EXPLICIT;
        }
        if (id->kind == SCOPE_ID_LOCAL || (id->flags & SCOPE_ID_PARAM)) {
            id->local_num = (uint16_t)s->n_locals++;
        }
    }
    // Then the cells that are not parameters.
    for (uint32_t i = 0; i < s->n_ids; i++) {
        scope_id *id = &s->ids[i];
        if (id->kind == SCOPE_ID_CELL && !(id->flags & SCOPE_ID_PARAM)) {
            id->local_num = (uint16_t)s->n_locals++;
        }
    }
    // Free variables come first, in the order of the parent's identifiers.
    if (!s->parent) {
        return;
    }
    uint32_t n_free = 0;
    for (uint32_t i = 0; i < s->parent->n_ids; i++) {
        const scope_id *pid = &s->parent->ids[i];
        if (pid->kind != SCOPE_ID_CELL && pid->kind != SCOPE_ID_FREE) {
            continue;
        }
        for (uint32_t j = 0; j < s->n_ids; j++) {
            scope_id *id = &s->ids[j];
            if (id->kind == SCOPE_ID_FREE && id->name == pid->name) {
                id->local_num = (uint16_t)n_free++;
            }
        }
    }
    if (n_free > 0) {
        for (uint32_t i = 0; i < s->n_ids; i++) {
            scope_id *id = &s->ids[i];
            if (id->kind != SCOPE_ID_FREE || (id->flags & SCOPE_ID_PARAM)) {
                id->local_num = (uint16_t)(id->local_num + n_free);
            }
        }
        s->n_pos_args += n_free;
        s->n_locals += n_free;
    }
}
