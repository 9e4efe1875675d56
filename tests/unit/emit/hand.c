// The hand-driven compiler of hand.h.
#include "hand.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

void hand_init(hand *h, const char *source) {
    memset(h, 0, sizeof *h);
    arena_init(&h->arena);
    cr_assert(intern_init(&h->names, &h->arena));
    cr_assert(emit_module_init(&h->m, &h->arena, &h->names, hand_q(h, source)));
    h->e = emit_bc_new(&h->m);
    cr_assert(h->e != NULL);
    h->ops = &emit_bc_ops;
    h->opt = MPYW_DEFAULT_OPTIONS;
}

void hand_fini(hand *h) {
    intern_fini(&h->names);
    arena_fini(&h->arena);
}

intern_id hand_q(hand *h, const char *s) {
    intern_id q = intern_add(&h->names, s, strlen(s));
    cr_assert(q != 0);
    return q;
}

scope *hand_scope(hand *h, scope_kind kind, const char *name, scope *parent, hand_body body) {
    cr_assert(h->n_scopes < HAND_MAX_SCOPES);
    scope *s = ARENA_NEW(&h->arena, scope);
    cr_assert(s != NULL);
    s->kind = (uint8_t)kind;
    s->parent = parent;
    s->simple_name = hand_q(h, name);
    if (h->n_scopes) {
        h->scopes[h->n_scopes - 1]->next = s;
    }
    h->scopes[h->n_scopes] = s;
    h->bodies[h->n_scopes] = body;
    h->n_scopes++;
    return s;
}

scope_id *hand_id(hand *h, scope *s, const char *name, scope_id_kind kind, unsigned flags,
                  unsigned local_num) {
    if (s->n_ids == s->cap_ids) {
        uint32_t cap = s->cap_ids ? s->cap_ids * 2 : 8;
        scope_id *p = arena_grow(&h->arena, s->ids, s->cap_ids * sizeof *p, cap * sizeof *p);
        cr_assert(p != NULL);
        s->ids = p;
        s->cap_ids = cap;
    }
    scope_id *id = &s->ids[s->n_ids++];
    *id = (scope_id){.name = hand_q(h, name),
                     .kind = (uint8_t)kind,
                     .flags = (uint8_t)flags,
                     .local_num = (uint16_t)local_num};
    return id;
}

static void run_pass(hand *h, int i, emit_pass pass) {
    h->pass = pass;
    h->cur = h->scopes[i];
    h->next_label = 0;
    h->ops->start_pass(h->e, pass, h->cur);
    if (h->bodies[i]) {
        h->bodies[i](h);
    }
}

bool hand_run_passes(hand *h) {
    for (int i = 0; i < h->n_scopes; i++) {
        run_pass(h, i, EMIT_PASS_SCOPE);
        h->ops->end_pass(h->e);
    }
    for (int i = 0; i < h->n_scopes; i++) {
        if (!h->bodies[i]) {
            continue;
        }
        run_pass(h, i, EMIT_PASS_STACK_SIZE);
        h->ops->end_pass(h->e);
        run_pass(h, i, EMIT_PASS_CODE_SIZE);
        h->ops->end_pass(h->e);
        h->n_emit_passes = 0;
        do {
            cr_assert(h->n_emit_passes < 100, "EMIT passes do not converge");
            h->n_emit_passes++;
            run_pass(h, i, EMIT_PASS_EMIT);
        } while (!h->ops->end_pass(h->e));
        if (h->n_emit_passes > h->max_emit_passes) {
            h->max_emit_passes = h->n_emit_passes;
        }
    }
    return h->m.error == EMIT_OK;
}

bool hand_write(hand *h, const uint8_t **out, size_t *len, mpyw_status *status) {
    h->m.root = emit_scope_raw_code(&h->m, h->scopes[0]);
    *status = mpyw_write(&h->m, &h->opt, &h->arena, out, len);
    return *status == MPYW_OK;
}

bool hand_compile(hand *h, const uint8_t **out, size_t *len, mpyw_status *status) {
    *status = MPYW_OK;
    return hand_run_passes(h) && hand_write(h, out, len, status);
}

static const scope_id *find_id(hand *h, const char *name) {
    intern_id q = hand_q(h, name);
    for (uint32_t i = 0; i < h->cur->n_ids; i++) {
        if (h->cur->ids[i].name == q) {
            return &h->cur->ids[i];
        }
    }
    cr_assert_fail("identifier %s not declared", name);
    return NULL;
}

void hand_load(hand *h, const char *name) {
    if (h->pass != EMIT_PASS_SCOPE) {
        emit_id_op(&h->ops->load_id, h->e, find_id(h, name));
    }
}

void hand_store(hand *h, const char *name) {
    if (h->pass != EMIT_PASS_SCOPE) {
        emit_id_op(&h->ops->store_id, h->e, find_id(h, name));
    }
}

void hand_delete(hand *h, const char *name) {
    if (h->pass != EMIT_PASS_SCOPE) {
        emit_id_op(&h->ops->delete_id, h->e, find_id(h, name));
    }
}

uint32_t hand_label(hand *h) {
    return h->next_label++;
}

void hand_line(hand *h, uint32_t line) {
    h->ops->set_source_line(h->e, line);
}

uint8_t *hand_read_golden(const char *name, size_t *len) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", MPYC_GOLDEN_DIR, name);
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    size_t cap = 4096, n = 0;
    uint8_t *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            uint8_t *p = realloc(buf, cap);
            if (!p) {
                free(buf);
                buf = NULL;
            }
            buf = p;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static void hex_window(char *out, size_t cap, const uint8_t *p, size_t len, size_t at) {
    size_t lo = at > 8 ? at - 8 : 0, hi = at + 8 < len ? at + 8 : len;
    size_t n = 0;
    for (size_t i = lo; i < hi && n + 8 < cap; i++) {
        n += (size_t)snprintf(out + n, cap - n, i == at ? "[%02x]" : " %02x", p[i]);
    }
    out[n] = '\0';
}

char *hand_diff(const uint8_t *got, size_t got_len, const uint8_t *want, size_t want_len) {
    size_t i = 0;
    while (i < got_len && i < want_len && got[i] == want[i]) {
        i++;
    }
    char *msg = malloc(512);
    cr_assert(msg != NULL);
    if (i == got_len && i == want_len) {
        msg[0] = '\0';
        return msg;
    }
    char g[128], w[128];
    hex_window(g, sizeof g, got, got_len, i);
    hex_window(w, sizeof w, want, want_len, i);
    snprintf(msg, 512,
             "first difference at byte %zu (got %zu bytes, want %zu)\n  got: %s\n want: %s", i,
             got_len, want_len, g, w);
    return msg;
}
