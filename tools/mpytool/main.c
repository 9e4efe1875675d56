// mpytool: inspects .mpy files. `mpytool info FILE` summarises the header, tables and raw
// codes; `mpytool dis FILE` disassembles every raw code. Exit status: 0 ok, 1 malformed
// file (the message names the byte offset), 2 usage or I/O error.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mpyt.h"

#define MAX_FILE_LEN (256u << 20) // larger inputs are refused rather than read into memory

static const char usage[] =
    "usage: mpytool info FILE.mpy\n"
    "       mpytool dis FILE.mpy\n"
    "  info  header, qstr and object tables, and a summary of each raw code\n"
    "  dis   the same header, then every raw code disassembled\n";

// Reads the whole file into a malloc'd buffer; prints the reason and returns NULL on failure.
static uint8_t *read_file(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        fprintf(stderr, "mpytool: %s: %s\n", path, strerror(errno));
        return NULL;
    }
    size_t cap = 4096, n = 0;
    uint8_t *buf = malloc(cap);
    while (buf != NULL) {
        n += fread(buf + n, 1, cap - n, fp);
        if (n < cap || ferror(fp)) {
            break;
        }
        if (cap >= MAX_FILE_LEN) {
            fprintf(stderr, "mpytool: %s: file larger than %u bytes\n", path, MAX_FILE_LEN);
            free(buf);
            fclose(fp);
            return NULL;
        }
        uint8_t *bigger = realloc(buf, cap * 2);
        if (bigger == NULL) {
            free(buf);
        }
        buf = bigger;
        cap *= 2;
    }
    if (buf == NULL) {
        fprintf(stderr, "mpytool: %s: out of memory\n", path);
    } else if (ferror(fp)) {
        fprintf(stderr, "mpytool: %s: read error\n", path);
        free(buf);
        buf = NULL;
    }
    fclose(fp);
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        fputs(usage, stdout);
        return 0;
    }
    mpyt_command cmd;
    if (argc != 3) {
        fputs(usage, stderr);
        return 2;
    }
    if (strcmp(argv[1], "info") == 0) {
        cmd = MPYT_CMD_INFO;
    } else if (strcmp(argv[1], "dis") == 0) {
        cmd = MPYT_CMD_DIS;
    } else {
        fprintf(stderr, "mpytool: unknown command '%s'\n%s", argv[1], usage);
        return 2;
    }
    const char *path = argv[2];
    size_t len;
    uint8_t *buf = read_file(path, &len);
    if (buf == NULL) {
        return 2;
    }
    mpyt_error err = {0};
    bool ok = mpyt_run(cmd, buf, len, stdout, &err);
    free(buf);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "mpytool: error writing the output\n");
        return 2;
    }
    if (!ok) {
        fprintf(stderr, "mpytool: %s: error at offset %zu: %s\n", path, err.offset, err.msg);
        return 1;
    }
    return 0;
}
