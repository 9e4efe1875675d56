// Interned strings: an open-addressing hash table of ids over an array of entries. The strings
// are copied into the unit's arena; the entry array and the slots grow on the C heap (realloc),
// since an arena would keep every outgrown copy until the unit dies.
#include "intern.h"

#include <stdlib.h>
#include <string.h>

enum { FIRST_SLOTS = 256, FIRST_ENTRIES = 128 };

uint32_t intern_hash(const char *s, size_t len) {
    uint32_t h = 5381;
    for (size_t i = 0; i < len; i++) {
        h = (h * 33) ^ (unsigned char)s[i];
    }
    return h;
}

bool intern_init(intern_table *t, arena *a) {
    memset(t, 0, sizeof(*t));
    t->arena = a;
    t->slots = calloc(FIRST_SLOTS, sizeof(uint32_t));
    t->entries = malloc(FIRST_ENTRIES * sizeof(intern_entry));
    if (!t->slots || !t->entries) {
        intern_fini(t);
        return false;
    }
    t->n_slots = FIRST_SLOTS;
    t->cap_entries = FIRST_ENTRIES;
    t->entries[0] = (intern_entry){"", 0, 0};
    t->n_entries = 1;
    return true;
}

static uint32_t *find_slot(uint32_t *slots, uint32_t n_slots, const intern_entry *entries,
                           const char *s, size_t len, uint32_t hash) {
    uint32_t mask = n_slots - 1;
    for (uint32_t i = hash & mask;; i = (i + 1) & mask) {
        uint32_t id = slots[i];
        if (id == 0) {
            return &slots[i];
        }
        const intern_entry *e = &entries[id];
        if (e->hash == hash && e->len == len && memcmp(e->str, s, len) == 0) {
            return &slots[i];
        }
    }
}

intern_id intern_find(const intern_table *t, const char *s, size_t len) {
    return *find_slot(t->slots, t->n_slots, t->entries, s, len, intern_hash(s, len));
}

void intern_fini(intern_table *t) {
    free(t->slots);
    free(t->entries);
    t->slots = NULL;
    t->entries = NULL;
    t->n_slots = t->n_entries = t->cap_entries = 0;
}

static bool rehash(intern_table *t) {
    uint32_t n = t->n_slots * 2;
    uint32_t *slots = calloc(n, sizeof(uint32_t));
    if (!slots) {
        return false;
    }
    for (uint32_t id = 1; id < t->n_entries; id++) {
        const intern_entry *e = &t->entries[id];
        *find_slot(slots, n, t->entries, e->str, e->len, e->hash) = id;
    }
    free(t->slots);
    t->slots = slots;
    t->n_slots = n;
    return true;
}

intern_id intern_add(intern_table *t, const char *s, size_t len) {
    if (len > UINT32_MAX / 2) {
        return 0;
    }
    uint32_t hash = intern_hash(s, len);
    uint32_t *slot = find_slot(t->slots, t->n_slots, t->entries, s, len, hash);
    if (*slot) {
        return *slot;
    }
    if (t->n_entries == t->cap_entries) {
        intern_entry *e = realloc(t->entries, 2 * (size_t)t->cap_entries * sizeof(intern_entry));
        if (!e) {
            return 0;
        }
        t->entries = e;
        t->cap_entries *= 2;
    }
    char *copy = arena_strndup(t->arena, s, len);
    if (!copy) {
        return 0;
    }
    intern_id id = t->n_entries++;
    t->entries[id] = (intern_entry){copy, (uint32_t)len, hash};
    *slot = id;
    if (t->n_entries * 2 > t->n_slots && !rehash(t)) {
        return 0;
    }
    return id;
}
