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
#include <stdio.h>
#include <string.h>

#include "parse/parse.h"

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

// The lexer caps brackets at 200 and indentation at 100, but unary operators, `not`, lambdas,
// conditional expressions and `**` nest without brackets. The stack limit turns absurd nesting
// into a located error instead of unbounded memory; real code stays far below it.
// The first stack lives in yyparse's frame (sanitizer builds re-poison it at every state, so
// it is kept small); deeper parses move to the heap.
#define YYINITDEPTH 64
#define YYMAXDEPTH 12000

static int yylex(union parse_value *lval, src_span *lloc, parse_ctx *cx);
static void yyerror(src_span *lloc, parse_ctx *cx, const char *msg);
}

%initial-action {
    cx->vsp_ref = &yyvsp;
    cx->lsp_ref = &yylsp;
}

%nterm <node> file module stmt compound_stmt simple_stmt small_list small_stmt block_stmts suite
%nterm <node> expr_stmt assign_chain assign_rhs aug_rhs augassign
%nterm <node> del_stmt del_list return_stmt raise_stmt global_stmt names assert_stmt yield_stmt
%nterm <node> import_stmt dotted_as_names dotted_as_name dotted_name dots import_targets
%nterm <node> import_as_names import_as_name
%nterm <node> if_stmt elif_clause elifs else_opt while_stmt for_stmt try_stmt handlers
%nterm <node> except_clause finally_clause with_stmt with_items with_item
%nterm <node> funcdef returns_opt params_opt params param lambda_params_opt lambda_params
%nterm <node> lambda_param classdef class_args decorated decorators decorator async_stmt
%nterm <node> namedexpr_test test test_opt lambdef boolexpr comparison comp_op star_expr expr
%nterm <node> factor await_primary primary name
%nterm <node> named_or_star paren_tuple paren_comma list_items dict_items dict_item set_items
%nterm <node> set_item comp_clauses comp_for comp_if arglist arg subscripts sub_tuple sub_comma
%nterm <node> subscript star_exprs se_tuple se_comma se_item testlist tl_tuple tl_comma tl_item
%nterm <node> exprlist el_tuple el_comma expr_item yield_expr async_funcdef call_args dict_kv

// Operator precedence, loosest first (it settles only the choices between two operators).
%left KW_OR
%left KW_AND
%precedence KW_NOT
%left '|'
%left '^'
%left '&'
%left LSHIFT RSHIFT
%left '+' '-'
%left '*' '@' '/' '%' FLOORDIV

%start file

%%

// ---- module and statements ----

file: module                                    { cx->result = $1; }
    ;

module: %empty                                  { $$ = ast_list0(cx, @$, AST_MODULE); }
      | module stmt                             { $$ = ast_list_push(cx, @$, $1, $2); }
      | module simple_stmt                      { $$ = ast_list_concat(cx, @$, $1, $2); }
      ;

// After a syntax error the parser skips to the end of the line; an indented block that
// follows is parsed (for its own errors) and dropped.
stmt: compound_stmt
    | error NEWLINE                             { $$ = NULL; }
    | error NEWLINE INDENT block_stmts DEDENT   { $$ = NULL; }
    ;

// simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE  -- a BLOCK of the small statements
simple_stmt: small_list NEWLINE                 { $$ = $1; }
           | small_list ';' NEWLINE             { $$ = $1; }
           ;

small_list: small_stmt                          { $$ = ast_list1(cx, @$, AST_BLOCK, $1); }
          | small_list ';' small_stmt           { $$ = ast_list_push(cx, @$, $1, $3); }
          ;

small_stmt: expr_stmt | del_stmt | return_stmt | raise_stmt | global_stmt | assert_stmt
          | yield_stmt | import_stmt
          | KW_PASS                             { $$ = ast_leaf(cx, @$, AST_PASS); }
          | KW_BREAK                            { $$ = ast_leaf(cx, @$, AST_BREAK); }
          | KW_CONTINUE                         { $$ = ast_leaf(cx, @$, AST_CONTINUE); }
          ;

// expr_stmt: testlist_star_expr (annassign | augassign (yield_expr|testlist)
//                                | ('=' (yield_expr|testlist_star_expr))*)
expr_stmt: star_exprs                           { $$ = ast_new1(cx, @$, AST_EXPR_STMT, $1); }
         | star_exprs augassign aug_rhs         { $$ = ast_augassign(cx, @$, $1, $2, $3); }
         | star_exprs ':' test                  { $$ = ast_new3(cx, @$, AST_ANN_ASSIGN, $1, $3, NULL); }
         | star_exprs ':' test '=' assign_rhs   { $$ = ast_new3(cx, @$, AST_ANN_ASSIGN, $1, $3, $5); }
         | assign_chain
         ;

// a = b = value: ASSIGN(a, b, value); each new '=' turns the last value into a target.
assign_chain: star_exprs '=' assign_rhs         { $$ = ast_list2(cx, @$, AST_ASSIGN, $1, $3); }
            | assign_chain '=' assign_rhs       { $$ = ast_list_push(cx, @$, $1, $3); }
            ;

assign_rhs: yield_expr | star_exprs ;
aug_rhs: yield_expr | testlist ;

augassign: PLUS_EQ                              { $$ = ast_op(cx, @$, AST_OP_ADD); }
         | MINUS_EQ                             { $$ = ast_op(cx, @$, AST_OP_SUB); }
         | STAR_EQ                              { $$ = ast_op(cx, @$, AST_OP_MUL); }
         | AT_EQ                                { $$ = ast_op(cx, @$, AST_OP_MATMUL); }
         | SLASH_EQ                             { $$ = ast_op(cx, @$, AST_OP_TRUEDIV); }
         | PERCENT_EQ                           { $$ = ast_op(cx, @$, AST_OP_MOD); }
         | AMP_EQ                               { $$ = ast_op(cx, @$, AST_OP_AND); }
         | PIPE_EQ                              { $$ = ast_op(cx, @$, AST_OP_OR); }
         | CARET_EQ                             { $$ = ast_op(cx, @$, AST_OP_XOR); }
         | LSHIFT_EQ                            { $$ = ast_op(cx, @$, AST_OP_LSHIFT); }
         | RSHIFT_EQ                            { $$ = ast_op(cx, @$, AST_OP_RSHIFT); }
         | POW_EQ                               { $$ = ast_op(cx, @$, AST_OP_POW); }
         | FLOORDIV_EQ                          { $$ = ast_op(cx, @$, AST_OP_FLOORDIV); }
         ;

// del_stmt: 'del' exprlist  -- the targets are the children (a trailing comma makes no tuple);
// the statement's span starts at 'del', as CPython's col_offset does
del_stmt: KW_DEL del_list                       { $$ = ast_retag(cx, @$, $2, AST_DEL); }
        | KW_DEL del_list ','                   { $$ = ast_retag(cx, @$, $2, AST_DEL); }
        ;
del_list: expr_item                             { $$ = ast_list1(cx, @$, AST_DEL, $1); }
        | del_list ',' expr_item                { $$ = ast_list_push(cx, @$, $1, $3); }
        ;

return_stmt: KW_RETURN                          { $$ = ast_new1(cx, @$, AST_RETURN, NULL); }
           | KW_RETURN testlist                 { $$ = ast_new1(cx, @$, AST_RETURN, $2); }
           ;

raise_stmt: KW_RAISE                            { $$ = ast_new2(cx, @$, AST_RAISE, NULL, NULL); }
          | KW_RAISE test                       { $$ = ast_new2(cx, @$, AST_RAISE, $2, NULL); }
          | KW_RAISE test KW_FROM test          { $$ = ast_new2(cx, @$, AST_RAISE, $2, $4); }
          ;

global_stmt: KW_GLOBAL names                    { $$ = ast_retag(cx, @$, $2, AST_GLOBAL); }
           | KW_NONLOCAL names                  { $$ = ast_retag(cx, @$, $2, AST_NONLOCAL); }
           ;
names: name                                     { $$ = ast_list1(cx, @$, AST_GLOBAL, $1); }
     | names ',' name                           { $$ = ast_list_push(cx, @$, $1, $3); }
     ;

assert_stmt: KW_ASSERT test                     { $$ = ast_new2(cx, @$, AST_ASSERT, $2, NULL); }
           | KW_ASSERT test ',' test            { $$ = ast_new2(cx, @$, AST_ASSERT, $2, $4); }
           ;

yield_stmt: yield_expr                          { $$ = ast_new1(cx, @$, AST_EXPR_STMT, $1); }
          ;

// ---- imports ----

import_stmt: KW_IMPORT dotted_as_names          { $$ = ast_retag(cx, @$, $2, AST_IMPORT); }
           | KW_FROM dotted_name KW_IMPORT import_targets
                                                { $$ = ast_import_from(cx, @$, NULL, $2, $4); }
           | KW_FROM dots dotted_name KW_IMPORT import_targets
                                                { $$ = ast_import_from(cx, @$, $2, $3, $5); }
           | KW_FROM dots KW_IMPORT import_targets
                                                { $$ = ast_import_from(cx, @$, $2, NULL, $4); }
           ;

dots: '.'                                       { $$ = ast_dots(cx, @$, NULL, 1); }
    | ELLIPSIS                                  { $$ = ast_dots(cx, @$, NULL, 3); }
    | dots '.'                                  { $$ = ast_dots(cx, @$, $1, 1); }
    | dots ELLIPSIS                             { $$ = ast_dots(cx, @$, $1, 3); }
    ;

dotted_as_names: dotted_as_name                 { $$ = ast_list1(cx, @$, AST_IMPORT, $1); }
               | dotted_as_names ',' dotted_as_name
                                                { $$ = ast_list_push(cx, @$, $1, $3); }
               ;
dotted_as_name: dotted_name                     { $$ = ast_new2(cx, @$, AST_ALIAS, $1, NULL); }
              | dotted_name KW_AS name          { $$ = ast_new2(cx, @$, AST_ALIAS, $1, $3); }
              ;
dotted_name: name                               { $$ = ast_list1(cx, @$, AST_DOTTED_NAME, $1); }
           | dotted_name '.' name               { $$ = ast_list_push(cx, @$, $1, $3); }
           ;

// Without parentheses a trailing comma is an error, as in CPython.
import_targets: '*'                             { $$ = ast_leaf(cx, @$, AST_STAR_IMPORT); }
              | '(' import_as_names ')'         { $$ = $2; }
              | '(' import_as_names ',' ')'     { $$ = $2; }
              | import_as_names
              ;
import_as_names: import_as_name                 { $$ = ast_list1(cx, @$, AST_BLOCK, $1); }
               | import_as_names ',' import_as_name
                                                { $$ = ast_list_push(cx, @$, $1, $3); }
               ;
import_as_name: name                            { $$ = ast_new2(cx, @$, AST_ALIAS, $1, NULL); }
              | name KW_AS name                 { $$ = ast_new2(cx, @$, AST_ALIAS, $1, $3); }
              ;

// ---- compound statements ----

compound_stmt: if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef | classdef
             | decorated | async_stmt
             ;

// suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT  -- always a BLOCK
suite: simple_stmt
     | NEWLINE INDENT block_stmts DEDENT        { $$ = $3; }
     ;
block_stmts: stmt                               { $$ = ast_list1(cx, @$, AST_BLOCK, $1); }
           | simple_stmt
           | block_stmts stmt                   { $$ = ast_list_push(cx, @$, $1, $2); }
           | block_stmts simple_stmt            { $$ = ast_list_concat(cx, @$, $1, $2); }
           ;

// if_stmt: 'if' namedexpr_test ':' suite ('elif' namedexpr_test ':' suite)* ['else' ':' suite]
if_stmt: KW_IF namedexpr_test ':' suite else_opt
                                                { $$ = ast_if(cx, @$, $2, $4, NULL, $5); }
       | KW_IF namedexpr_test ':' suite elifs else_opt
                                                { $$ = ast_if(cx, @$, $2, $4, $5, $6); }
       ;
elifs: elif_clause                              { $$ = ast_list1(cx, @$, AST_BLOCK, $1); }
     | elifs elif_clause                        { $$ = ast_list_push(cx, @$, $1, $2); }
     ;
elif_clause: KW_ELIF namedexpr_test ':' suite   { $$ = ast_new2(cx, @$, AST_ELIF, $2, $4); }
           ;
else_opt: %empty                                { $$ = NULL; }
        | KW_ELSE ':' suite                     { $$ = $3; }
        ;

while_stmt: KW_WHILE namedexpr_test ':' suite else_opt
                                                { $$ = ast_new3(cx, @$, AST_WHILE, $2, $4, $5); }
          ;

for_stmt: KW_FOR exprlist KW_IN testlist ':' suite else_opt
                                                { $$ = ast_new4(cx, @$, AST_FOR, $2, $4, $6, $7); }
        ;

// try_stmt: 'try' ':' suite (except_clause+ ['else' ':' suite] [finally] | finally)
try_stmt: KW_TRY ':' suite handlers else_opt    { $$ = ast_try(cx, @$, $3, $4, $5, NULL); }
        | KW_TRY ':' suite handlers else_opt finally_clause
                                                { $$ = ast_try(cx, @$, $3, $4, $5, $6); }
        | KW_TRY ':' suite finally_clause       { $$ = ast_try(cx, @$, $3, NULL, NULL, $4); }
        ;
handlers: except_clause                         { $$ = ast_list1(cx, @$, AST_HANDLERS, $1); }
        | handlers except_clause                { $$ = ast_list_push(cx, @$, $1, $2); }
        ;
except_clause: KW_EXCEPT ':' suite              { $$ = ast_new3(cx, @$, AST_EXCEPT, NULL, NULL, $3); }
             | KW_EXCEPT test ':' suite         { $$ = ast_new3(cx, @$, AST_EXCEPT, $2, NULL, $4); }
             | KW_EXCEPT test KW_AS name ':' suite
                                                { $$ = ast_new3(cx, @$, AST_EXCEPT, $2, $4, $6); }
             | KW_EXCEPT '*' test ':' suite
                                    { $$ = ast_unsupported(cx, @2, "'except*'", NULL); }
             | KW_EXCEPT '*' test KW_AS name ':' suite
                                    { $$ = ast_unsupported(cx, @2, "'except*'", NULL); }
             ;
finally_clause: KW_FINALLY ':' suite            { $$ = $3; }
              ;

// with_stmt: 'with' with_item (',' with_item)* ':' suite  -- WITH(items..., body)
with_stmt: KW_WITH with_items ':' suite         { $$ = ast_list_push(cx, @$, $2, $4); }
         ;
with_items: with_item                           { $$ = ast_list1(cx, @$, AST_WITH, $1); }
          | with_items ',' with_item            { $$ = ast_list_push(cx, @$, $1, $3); }
          ;
with_item: test                                 { $$ = ast_new2(cx, @$, AST_WITH_ITEM, $1, NULL); }
         | test KW_AS expr         { $$ = ast_new2(cx, @$, AST_WITH_ITEM, $1, $3); }
         ;

// funcdef: 'def' NAME '(' [typedargslist] ')' ['->' test] ':' suite
funcdef: KW_DEF name '(' params_opt ')' returns_opt ':' suite
                                                { $$ = ast_funcdef(cx, @$, $2, $4, $6, $8); }
       ;
returns_opt: %empty                             { $$ = NULL; }
           | ARROW test                         { $$ = $2; }
           ;

// Parameters in source order; their order and duplicates are checked after parsing.
params_opt: %empty                              { $$ = ast_list0(cx, @$, AST_PARAMS); }
          | params
          | params ','                          { $$ = ast_flag(cx, @$, $1, AST_TRAILING_COMMA); }
          ;
params: param                                   { $$ = ast_list1(cx, @$, AST_PARAMS, $1); }
      | params ',' param                        { $$ = ast_list_push(cx, @$, $1, $3); }
      ;
param: name                                     { $$ = ast_param(cx, @$, AST_PARAM_POS, $1, NULL, NULL); }
     | name ':' test                            { $$ = ast_param(cx, @$, AST_PARAM_POS, $1, $3, NULL); }
     | name '=' test                            { $$ = ast_param(cx, @$, AST_PARAM_POS, $1, NULL, $3); }
     | name ':' test '=' test                   { $$ = ast_param(cx, @$, AST_PARAM_POS, $1, $3, $5); }
     | '*'                                      { $$ = ast_param(cx, @$, AST_PARAM_STAR, NULL, NULL, NULL); }
     | '*' name                                 { $$ = ast_param(cx, @$, AST_PARAM_STAR, $2, NULL, NULL); }
     | '*' name ':' test                        { $$ = ast_param(cx, @$, AST_PARAM_STAR, $2, $4, NULL); }
     | POW name                                 { $$ = ast_param(cx, @$, AST_PARAM_DSTAR, $2, NULL, NULL); }
     | POW name ':' test                        { $$ = ast_param(cx, @$, AST_PARAM_DSTAR, $2, $4, NULL); }
     | '/'                      { $$ = ast_unsupported(cx, @$, "positional-only parameters ('/')", NULL); }
     ;

// varargslist: like typedargslist without annotations (a ':' ends the lambda's parameters).
lambda_params_opt: %empty                       { $$ = ast_list0(cx, @$, AST_PARAMS); }
                 | lambda_params
                 | lambda_params ','            { $$ = ast_flag(cx, @$, $1, AST_TRAILING_COMMA); }
                 ;
lambda_params: lambda_param                     { $$ = ast_list1(cx, @$, AST_PARAMS, $1); }
             | lambda_params ',' lambda_param   { $$ = ast_list_push(cx, @$, $1, $3); }
             ;
lambda_param: name                              { $$ = ast_param(cx, @$, AST_PARAM_POS, $1, NULL, NULL); }
            | name '=' test                     { $$ = ast_param(cx, @$, AST_PARAM_POS, $1, NULL, $3); }
            | '*'                               { $$ = ast_param(cx, @$, AST_PARAM_STAR, NULL, NULL, NULL); }
            | '*' name                          { $$ = ast_param(cx, @$, AST_PARAM_STAR, $2, NULL, NULL); }
            | POW name                          { $$ = ast_param(cx, @$, AST_PARAM_DSTAR, $2, NULL, NULL); }
            | '/'               { $$ = ast_unsupported(cx, @$, "positional-only parameters ('/')", NULL); }
            ;

// classdef: 'class' NAME ['(' [arglist] ')'] ':' suite  -- empty parentheses give no ARGS
classdef: KW_CLASS name class_args ':' suite    { $$ = ast_classdef(cx, @$, $2, $3, $5); }
        ;
class_args: %empty                              { $$ = NULL; }
          | '(' ')'                             { $$ = NULL; }
          | '(' arglist ')'                     { $$ = $2; }
          | '(' arglist ',' ')'                 { $$ = ast_flag(cx, @$, $2, AST_TRAILING_COMMA); }
          ;

// decorator: '@' dotted_name ['(' [arglist] ')'] NEWLINE  -- parsed as an expression, then
// checked for MicroPython's shape so that other expressions get a clear message.
decorated: decorators funcdef                   { $$ = ast_decorated(cx, @$, $1, $2); }
         | decorators classdef                  { $$ = ast_decorated(cx, @$, $1, $2); }
         | decorators async_funcdef             { $$ = ast_decorated(cx, @$, $1, $2); }
         ;
decorators: decorator                           { $$ = ast_list1(cx, @$, AST_DECORATORS, $1); }
          | decorators decorator                { $$ = ast_list_push(cx, @$, $1, $2); }
          ;
decorator: '@' namedexpr_test NEWLINE           { $$ = ast_decorator(cx, @2, $2); }
         ;

async_funcdef: KW_ASYNC funcdef                 { $$ = ast_async(cx, @$, $2); }
             ;
async_stmt: async_funcdef
          | KW_ASYNC with_stmt                  { $$ = ast_async(cx, @$, $2); }
          | KW_ASYNC for_stmt                   { $$ = ast_async(cx, @$, $2); }
          ;

// ---- expressions ----
// Binary operators use Bison's precedences (declared above), so an operand is reached in few
// reductions; the constructors keep MicroPython's tree: a run of one precedence level written
// without parentheses (`a + b - c`, `a < b < c`, `a or b or c`) is one node.

// namedexpr_test: test [':=' test]
namedexpr_test: test
              | test WALRUS test                { $$ = ast_named_expr(cx, @$, $1, $3); }
              ;

// test: or_test ['if' or_test 'else' test] | lambdef
test: boolexpr
    | boolexpr KW_IF boolexpr KW_ELSE test      { $$ = ast_new3(cx, @$, AST_IFEXP, $1, $3, $5); }
    | lambdef
    ;
test_opt: %empty                                { $$ = NULL; }
        | test
        ;

lambdef: KW_LAMBDA lambda_params_opt ':' test   { $$ = ast_new2(cx, @$, AST_LAMBDA, $2, $4); }
       ;

// or_test, and_test, not_test: 'not' binds tighter than 'and', which binds tighter than 'or'.
boolexpr: comparison
        | KW_NOT boolexpr                       { $$ = ast_unary(cx, @$, AST_UNOP_NOT, $2); }
        | boolexpr KW_OR boolexpr               { $$ = ast_boolean(cx, @$, AST_BOOL_OR, $1, $3); }
        | boolexpr KW_AND boolexpr              { $$ = ast_boolean(cx, @$, AST_BOOL_AND, $1, $3); }
        ;

// comparison: expr (comp_op expr)*  -- one COMPARE chain
comparison: expr
          | comparison comp_op expr             { $$ = ast_compare(cx, @$, $1, $2, $3); }
          ;
comp_op: '<'                                    { $$ = ast_op(cx, @$, AST_CMP_LT); }
       | '>'                                    { $$ = ast_op(cx, @$, AST_CMP_GT); }
       | EQ                                     { $$ = ast_op(cx, @$, AST_CMP_EQ); }
       | LE                                     { $$ = ast_op(cx, @$, AST_CMP_LE); }
       | GE                                     { $$ = ast_op(cx, @$, AST_CMP_GE); }
       | NE                                     { $$ = ast_op(cx, @$, AST_CMP_NE); }
       | KW_IN                                  { $$ = ast_op(cx, @$, AST_CMP_IN); }
       | KW_NOT KW_IN                           { $$ = ast_op(cx, @$, AST_CMP_NOT_IN); }
       | KW_IS                                  { $$ = ast_op(cx, @$, AST_CMP_IS); }
       | KW_IS KW_NOT                           { $$ = ast_op(cx, @$, AST_CMP_IS_NOT); }
       ;

star_expr: '*' expr                { $$ = ast_new1(cx, @$, AST_STAR, $2); }
         ;

// expr: xor_expr ('|' xor_expr)* ... down to term: factor (('*'|'@'|'/'|'%'|'//') factor)*
expr: factor
    | expr '|' expr                             { $$ = ast_binary(cx, @$, $1, AST_OP_OR, @2, $3); }
    | expr '^' expr                             { $$ = ast_binary(cx, @$, $1, AST_OP_XOR, @2, $3); }
    | expr '&' expr                             { $$ = ast_binary(cx, @$, $1, AST_OP_AND, @2, $3); }
    | expr LSHIFT expr                          { $$ = ast_binary(cx, @$, $1, AST_OP_LSHIFT, @2, $3); }
    | expr RSHIFT expr                          { $$ = ast_binary(cx, @$, $1, AST_OP_RSHIFT, @2, $3); }
    | expr '+' expr                             { $$ = ast_binary(cx, @$, $1, AST_OP_ADD, @2, $3); }
    | expr '-' expr                             { $$ = ast_binary(cx, @$, $1, AST_OP_SUB, @2, $3); }
    | expr '*' expr                             { $$ = ast_binary(cx, @$, $1, AST_OP_MUL, @2, $3); }
    | expr '@' expr                             { $$ = ast_binary(cx, @$, $1, AST_OP_MATMUL, @2, $3); }
    | expr '/' expr                             { $$ = ast_binary(cx, @$, $1, AST_OP_TRUEDIV, @2, $3); }
    | expr '%' expr                             { $$ = ast_binary(cx, @$, $1, AST_OP_MOD, @2, $3); }
    | expr FLOORDIV expr                        { $$ = ast_binary(cx, @$, $1, AST_OP_FLOORDIV, @2, $3); }
    ;

// factor: ('+'|'-'|'~') factor | power;  power: ['await'] atom trailer* ['**' factor]
// ('**' is right-associative: a chain of two whose right side may be another '**')
factor: primary
      | await_primary
      | primary POW factor                      { $$ = ast_binary(cx, @$, $1, AST_OP_POW, @2, $3); }
      | await_primary POW factor                { $$ = ast_binary(cx, @$, $1, AST_OP_POW, @2, $3); }
      | '+' factor                              { $$ = ast_unary(cx, @$, AST_UNOP_POS, $2); }
      | '-' factor                              { $$ = ast_unary(cx, @$, AST_UNOP_NEG, $2); }
      | '~' factor                              { $$ = ast_unary(cx, @$, AST_UNOP_INVERT, $2); }
      ;
await_primary: KW_AWAIT primary                 { $$ = ast_new1(cx, @$, AST_AWAIT, $2); }
             ;

// primary: atom trailer*
primary: NAME                                   { $$ = ast_name(cx, @$, $1.name); }
       | NUMBER                                 { $$ = ast_number(cx, @$, $1.num); }
       | STRING                                 { $$ = ast_string(cx, @$, $1.str); }
       | BYTES                                  { $$ = ast_string(cx, @$, $1.str); }
       | ELLIPSIS                               { $$ = ast_constant(cx, @$, AST_CONST_ELLIPSIS); }
       | KW_NONE                                { $$ = ast_constant(cx, @$, AST_CONST_NONE); }
       | KW_TRUE                                { $$ = ast_constant(cx, @$, AST_CONST_TRUE); }
       | KW_FALSE                               { $$ = ast_constant(cx, @$, AST_CONST_FALSE); }
       | '(' ')'                                { $$ = ast_empty_tuple(cx, @$); }
       | '(' yield_expr ')'                     { $$ = ast_paren(cx, $2); }
       | '(' named_or_star ')'                  { $$ = ast_paren(cx, $2); }
       | '(' named_or_star comp_clauses ')'     { $$ = ast_comp(cx, @$, AST_GENEXP, $2, $3, AST_PAREN); }
       | '(' paren_tuple ')'                    { $$ = ast_flag(cx, @$, $2, AST_PAREN); }
       | '[' ']'                                { $$ = ast_list0(cx, @$, AST_LIST); }
       | '[' list_items ']'                     { $$ = ast_retag(cx, @$, $2, AST_LIST); }
       | '[' list_items ',' ']'                 { $$ = ast_flag(cx, @$, $2, AST_TRAILING_COMMA); }
       | '[' named_or_star comp_clauses ']'     { $$ = ast_comp(cx, @$, AST_LISTCOMP, $2, $3, 0); }
       | '{' '}'                                { $$ = ast_list0(cx, @$, AST_DICT); }
       | '{' dict_items '}'                     { $$ = ast_retag(cx, @$, $2, AST_DICT); }
       | '{' dict_items ',' '}'                 { $$ = ast_flag(cx, @$, $2, AST_TRAILING_COMMA); }
       | '{' set_items '}'                      { $$ = ast_retag(cx, @$, $2, AST_SET); }
       | '{' set_items ',' '}'                  { $$ = ast_flag(cx, @$, $2, AST_TRAILING_COMMA); }
       | '{' dict_kv comp_clauses '}'           { $$ = ast_comp(cx, @$, AST_DICTCOMP, $2, $3, 0); }
       | '{' test comp_clauses '}'              { $$ = ast_comp(cx, @$, AST_SETCOMP, $2, $3, 0); }
       | primary '.' name                       { $$ = ast_new2(cx, @$, AST_ATTR, $1, $3); }
       | primary '[' subscripts ']'             { $$ = ast_new2(cx, @$, AST_SUBSCRIPT, $1, $3); }
       | primary '(' ')'                        { $$ = ast_call(cx, @$, $1, NULL); }
       | primary '(' call_args ')'              { $$ = ast_call(cx, @$, $1, $3); }
       ;

name: NAME                                      { $$ = ast_name(cx, @$, $1.name); }
    ;

named_or_star: test
             | test WALRUS test                 { $$ = ast_named_expr(cx, @$, $1, $3); }
             | star_expr
             ;

// (a, b, c) with an optional trailing comma; (a) is just a.
paren_tuple: paren_comma                        { $$ = ast_flag(cx, @$, $1, AST_TRAILING_COMMA); }
           | paren_comma named_or_star          { $$ = ast_list_push(cx, @$, $1, $2); }
           ;
paren_comma: named_or_star ','                  { $$ = ast_list1(cx, @$, AST_TUPLE, $1); }
           | paren_comma named_or_star ','      { $$ = ast_list_push(cx, @$, $1, $2); }
           ;

list_items: named_or_star                       { $$ = ast_list1(cx, @$, AST_LIST, $1); }
          | list_items ',' named_or_star        { $$ = ast_list_push(cx, @$, $1, $3); }
          ;

dict_items: dict_item                           { $$ = ast_list1(cx, @$, AST_DICT, $1); }
          | dict_items ',' dict_item            { $$ = ast_list_push(cx, @$, $1, $3); }
          ;
dict_item: dict_kv
         | POW expr { $$ = ast_unsupported(cx, @$, "dict unpacking ('**') in a display", NULL); }
         ;
dict_kv: test ':' test                          { $$ = ast_new2(cx, @$, AST_DICT_ITEM, $1, $3); }
       ;
set_items: set_item                             { $$ = ast_list1(cx, @$, AST_SET, $1); }
         | set_items ',' set_item               { $$ = ast_list_push(cx, @$, $1, $3); }
         ;
set_item: test
        | star_expr         { $$ = ast_unsupported(cx, @$, "unpacking ('*') in a set display", $1); }
        ;

// Comprehension clauses, flattened: for ... [for ... | if ...]*
comp_clauses: comp_for                          { $$ = ast_list1(cx, @$, AST_BLOCK, $1); }
            | comp_clauses comp_for             { $$ = ast_list_push(cx, @$, $1, $2); }
            | comp_clauses comp_if              { $$ = ast_list_push(cx, @$, $1, $2); }
            ;
comp_for: KW_FOR exprlist KW_IN boolexpr        { $$ = ast_new2(cx, @$, AST_COMP_FOR, $2, $4); }
        | KW_ASYNC KW_FOR exprlist KW_IN boolexpr
                    { $$ = ast_unsupported(cx, @$, "asynchronous comprehensions", NULL); }
        ;
comp_if: KW_IF boolexpr                         { $$ = ast_new1(cx, @$, AST_COMP_IF, $2); }
       ;

call_args: arglist
         | arglist ','                          { $$ = ast_flag(cx, @$, $1, AST_TRAILING_COMMA); }
         ;

// arglist: positional, keyword, *args, **kwargs and bare generator arguments, in source order.
arglist: arg                                    { $$ = ast_list1(cx, @$, AST_ARGS, $1); }
       | arglist ',' arg                        { $$ = ast_list_push(cx, @$, $1, $3); }
       ;
arg: test
   | test comp_clauses                          { $$ = ast_comp(cx, @$, AST_GENEXP, $1, $2, 0); }
   | test '=' test                              { $$ = ast_keyword(cx, @$, $1, $3); }
   | test WALRUS test                           { $$ = ast_named_expr(cx, @$, $1, $3); }
   | '*' test                                   { $$ = ast_new1(cx, @$, AST_STAR, $2); }
   | POW test                                   { $$ = ast_new1(cx, @$, AST_DSTAR, $2); }
   ;

// subscriptlist: subscript (',' subscript)* [',']
subscripts: subscript | sub_tuple ;
sub_tuple: sub_comma                            { $$ = ast_flag(cx, @$, $1, AST_TRAILING_COMMA); }
         | sub_comma subscript                  { $$ = ast_list_push(cx, @$, $1, $2); }
         ;
sub_comma: subscript ','                        { $$ = ast_list1(cx, @$, AST_TUPLE, $1); }
         | sub_comma subscript ','              { $$ = ast_list_push(cx, @$, $1, $2); }
         ;
subscript: test
         | test_opt ':' test_opt                { $$ = ast_slice(cx, @$, $1, $3, NULL, false); }
         | test_opt ':' test_opt ':' test_opt   { $$ = ast_slice(cx, @$, $1, $3, $5, true); }
         | star_expr        { $$ = ast_unsupported(cx, @$, "unpacking ('*') in a subscript", $1); }
         ;

// testlist_star_expr: (test|star_expr) (',' (test|star_expr))* [',']
star_exprs: se_item | se_tuple ;
se_tuple: se_comma                              { $$ = ast_flag(cx, @$, $1, AST_TRAILING_COMMA); }
        | se_comma se_item                      { $$ = ast_list_push(cx, @$, $1, $2); }
        ;
se_comma: se_item ','                           { $$ = ast_list1(cx, @$, AST_TUPLE, $1); }
        | se_comma se_item ','                  { $$ = ast_list_push(cx, @$, $1, $2); }
        ;
se_item: test | star_expr ;

// testlist: test (',' test)* [',']  -- MicroPython takes no unpacking ('*') here
testlist: tl_item | tl_tuple ;
tl_tuple: tl_comma                              { $$ = ast_flag(cx, @$, $1, AST_TRAILING_COMMA); }
        | tl_comma tl_item                      { $$ = ast_list_push(cx, @$, $1, $2); }
        ;
tl_comma: tl_item ','                           { $$ = ast_list1(cx, @$, AST_TUPLE, $1); }
        | tl_comma tl_item ','                  { $$ = ast_list_push(cx, @$, $1, $2); }
        ;
tl_item: test
       | star_expr          { $$ = ast_unsupported(cx, @$, "unpacking ('*') here", $1); }
       ;

// exprlist: (expr|star_expr) (',' (expr|star_expr))* [',']  -- for targets
exprlist: expr_item | el_tuple ;
el_tuple: el_comma                              { $$ = ast_flag(cx, @$, $1, AST_TRAILING_COMMA); }
        | el_comma expr_item                    { $$ = ast_list_push(cx, @$, $1, $2); }
        ;
el_comma: expr_item ','                         { $$ = ast_list1(cx, @$, AST_TUPLE, $1); }
        | el_comma expr_item ','                { $$ = ast_list_push(cx, @$, $1, $2); }
        ;
expr_item: expr | star_expr ;

// yield_expr: 'yield' [yield_arg]; yield_arg: 'from' test | testlist
yield_expr: KW_YIELD                            { $$ = ast_new1(cx, @$, AST_YIELD, NULL); }
          | KW_YIELD testlist                   { $$ = ast_new1(cx, @$, AST_YIELD, $2); }
          | KW_YIELD KW_FROM test               { $$ = ast_new1(cx, @$, AST_YIELD_FROM, $3); }
          ;

%%

// ---- the lexer interface and token history ----

static bool is_line_token(int k) {
    return k != TOK_INDENT && k != TOK_DEDENT && k != 0 && k != TOK_PY_YYerror;
}

// Keeps the few facts about recent tokens that error messages need.
static void note_token(parse_ctx *cx, int kind, const lex_token *t) {
    parse_tok pt = {kind, t->span, kind == TOK_NAME ? t->v.name : 0};
    cx->prev2 = cx->prev;
    cx->prev = cx->last;
    cx->last = pt;
    cx->depth_before_last = cx->depth;
    if (kind == '(' || kind == '[' || kind == '{') {
        if (cx->depth < PARSE_MAX_BRACKETS) {
            cx->bracket_off[cx->depth] = t->span.off;
        }
        cx->depth++;
    } else if ((kind == ')' || kind == ']' || kind == '}') && cx->depth > 0) {
        cx->depth--;
    } else if (kind == TOK_PY_YYerror && t->span.len == 1 && cx->depth > 0) {
        // The lexer gave up on the brackets (the end of the text inside them).
        cx->depth = 0;
    }
    if (!is_line_token(kind)) {
        return;
    }
    cx->last_real = pt;
    if (kind == TOK_NEWLINE) {
        cx->at_line_start = true;
    } else if (cx->at_line_start) {
        cx->hdr_first = cx->line_first;
        cx->hdr_second = cx->line_second;
        cx->line_first = pt;
        cx->line_second = (parse_tok){0};
        cx->line_third = (parse_tok){0};
        cx->n_line_tokens = 1;
        cx->at_line_start = false;
    } else if (cx->n_line_tokens == 1) {
        cx->line_second = pt;
        cx->n_line_tokens++;
    } else if (cx->n_line_tokens++ == 2) {
        cx->line_third = pt;
    }
}

static uint32_t line_of(parse_ctx *cx, uint32_t off) {
    return src_line(&cx->u->src, &cx->u->arena, off);
}

// The next token. After a syntax error, CPython reports "'(' was never closed" in its place when
// the bracket left open at the end was opened on a line before the furthest token it read (in
// practice the one after the token that did not fit; the end counts as beyond every line).
// Otherwise the innermost open bracket is kept quiet, so that the lexer's report there at the
// end is dropped.
static int next_token(parse_ctx *cx, lex_token *t) {
    bool first_after = false;
    if (cx->first_error_line) {
        if (cx->depth > 0 && cx->depth <= PARSE_MAX_BRACKETS && cx->n_after_error > 0) {
            uint32_t off = cx->bracket_off[cx->depth - 1];
            if (line_of(cx, off) >= cx->furthest_line) {
                diag_quiet(&cx->u->diag, (src_span){off, 1});
            }
        }
        first_after = cx->n_after_error++ == 0;
    }
    cx->in_lexer = true;
    int kind = lex_next(cx->lx, t);
    cx->in_lexer = false;
    if (first_after) {
        // CPython reads past the token that did not fit only when it starts an operand.
        cx->furthest_line = !cx->error_starts_operand ? cx->error_token_line
                            : is_line_token(kind)     ? line_of(cx, t->span.off)
                                                      : UINT32_MAX;
    }
    note_token(cx, kind, t);
    return kind;
}

static int yylex(union parse_value *lval, src_span *lloc, parse_ctx *cx) {
    lex_token t;
    int kind = next_token(cx, &t);
    lval->tok = t.v;
    *lloc = t.span;
    return kind;
}

// Bison calls this only when its stack is full (syntax errors go to yyreport_syntax_error).
static void yyerror(src_span *lloc, parse_ctx *cx, const char *msg) {
    (void)msg;
    cx->stack_exhausted = true;
    diag_error(&cx->u->diag, *lloc, "too many nested expressions");
}

// ---- syntax error messages ----
// Messages and lines follow CPython 3.11: its specific messages where the situation is
// recognisable from the token that does not fit, the tokens the grammar expected there (LAC
// keeps that set exact), the token history and the parser's stack; "invalid syntax" otherwise.

typedef struct err_info {
    const yypcontext_t *ctx;
    yysymbol_kind_t tok;            // the token that does not fit
    src_span at;                    // where it is (the previous token's place at the end)
    yysymbol_kind_t expected[YYNTOKENS];
    int n_expected;
} err_info;

static bool expects(const err_info *e, yysymbol_kind_t sym) {
    for (int i = 0; i < e->n_expected; i++) {
        if (e->expected[i] == sym) {
            return true;
        }
    }
    return false;
}

static yysymbol_kind_t sym_of(int token) {
    return YYTRANSLATE(token);
}

// Source text of a NAME token, compared with a keyword-like word.
static bool name_is(parse_ctx *cx, const parse_tok *t, const char *word) {
    return t->kind == TOK_NAME && t->name && strcmp(intern_str(&cx->u->names, t->name), word) == 0;
}

// What CPython calls the block a header opens, from the header's first two tokens.
static const char *block_owner(const parse_tok *first, const parse_tok *second) {
    int k = first->kind == TOK_KW_ASYNC ? second->kind : first->kind;
    switch (k) {
        case TOK_KW_IF: return "'if' statement";
        case TOK_KW_ELIF: return "'elif' statement";
        case TOK_KW_ELSE: return "'else' statement";
        case TOK_KW_WHILE: return "'while' statement";
        case TOK_KW_FOR: return "'for' statement";
        case TOK_KW_TRY: return "'try' statement";
        case TOK_KW_EXCEPT: return "'except' statement";
        case TOK_KW_FINALLY: return "'finally' statement";
        case TOK_KW_WITH: return "'with' statement";
        case TOK_KW_DEF: return "function definition";
        case TOK_KW_CLASS: return "class definition";
        default: return NULL;
    }
}

// Symbols that can make up an operand expression below the conditional-expression level.
static bool is_operand_sym(yysymbol_kind_t s) {
    switch (s) {
        case YYSYMBOL_NAME: case YYSYMBOL_NUMBER: case YYSYMBOL_STRING: case YYSYMBOL_BYTES:
        case YYSYMBOL_ELLIPSIS: case YYSYMBOL_KW_NONE: case YYSYMBOL_KW_TRUE:
        case YYSYMBOL_KW_FALSE: case YYSYMBOL_KW_AWAIT: case YYSYMBOL_KW_NOT:
        case YYSYMBOL_KW_AND: case YYSYMBOL_KW_OR: case YYSYMBOL_KW_IN: case YYSYMBOL_KW_IS:
        case YYSYMBOL_POW: case YYSYMBOL_FLOORDIV: case YYSYMBOL_LSHIFT: case YYSYMBOL_RSHIFT:
        case YYSYMBOL_LE: case YYSYMBOL_GE: case YYSYMBOL_EQ: case YYSYMBOL_NE:
        case YYSYMBOL_boolexpr: case YYSYMBOL_comparison: case YYSYMBOL_comp_op:
        case YYSYMBOL_expr: case YYSYMBOL_factor: case YYSYMBOL_await_primary:
        case YYSYMBOL_primary:
            return true;
        default:
            break;
    }
    // Single-character operators.
    static const char ops[] = "+-*/%@<>|^&~.";
    for (const char *p = ops; *p; p++) {
        if (s == sym_of((unsigned char)*p)) {
            return true;
        }
    }
    return false;
}

// The operand expression that ends at the top of the parser's stack (CPython's "disjunction"
// before the token that does not fit): its span and the number of stack entries it covers.
static int operand_on_stack(const err_info *e, parse_ctx *cx, src_span *span) {
    const yy_state_t *ss = e->ctx->yyssp;
    const src_span *ls = *cx->lsp_ref;
    int n = 0;
    while (ss[-n] != 0 && is_operand_sym(YY_ACCESSING_SYMBOL(ss[-n]))) {
        n++;
    }
    if (n > 0) {
        *span = src_join(ls[-(n - 1)], ls[0]);
    }
    return n;
}

// Symbol n entries below the top of the stack (YYSYMBOL_YYEMPTY below the bottom).
static yysymbol_kind_t sym_below(const err_info *e, int n) {
    const yy_state_t *ss = e->ctx->yyssp;
    for (int i = 0; i < n; i++) {
        if (ss[-i] == 0) {
            return YYSYMBOL_YYEMPTY;
        }
    }
    return ss[-n] == 0 ? YYSYMBOL_YYEMPTY : YY_ACCESSING_SYMBOL(ss[-n]);
}

// Whether the stack ends with a complete operand (not with an operator waiting for one).
static bool operand_complete(const err_info *e) {
    switch (sym_below(e, 0)) {
        case YYSYMBOL_boolexpr: case YYSYMBOL_comparison: case YYSYMBOL_expr:
        case YYSYMBOL_factor: case YYSYMBOL_await_primary: case YYSYMBOL_primary:
            return true;
        default:
            return false;
    }
}

// The AST node of the stack's top entry when it is a nonterminal holding one.
static const ast *top_node(const err_info *e, parse_ctx *cx) {
    yysymbol_kind_t s = YY_ACCESSING_SYMBOL(*e->ctx->yyssp);
    return s >= YYNTOKENS ? (*cx->vsp_ref)[0].node : NULL;
}

static bool starts_operand(yysymbol_kind_t s) {
    switch (s) {
        case YYSYMBOL_NAME: case YYSYMBOL_NUMBER: case YYSYMBOL_STRING: case YYSYMBOL_BYTES:
        case YYSYMBOL_ELLIPSIS: case YYSYMBOL_KW_NONE: case YYSYMBOL_KW_TRUE:
        case YYSYMBOL_KW_FALSE: case YYSYMBOL_KW_LAMBDA: case YYSYMBOL_KW_NOT:
        case YYSYMBOL_KW_AWAIT:
            return true;
        default:
            return s == sym_of('(') || s == sym_of('[') || s == sym_of('{') || s == sym_of('~');
    }
}

static bool ends_operand(int k) {
    switch (k) {
        case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_BYTES: case TOK_ELLIPSIS:
        case TOK_KW_NONE: case TOK_KW_TRUE: case TOK_KW_FALSE: case ')': case ']': case '}':
            return true;
        default:
            return false;
    }
}

// True when the word at off in the source is one of CPython's soft keywords.
static bool soft_keyword_at(parse_ctx *cx, uint32_t off) {
    const char *s = cx->u->src.text + off;
    static const char *const words[] = {"match", "case", "_"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t n = strlen(words[i]);
        char c = s[n];
        bool ident = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                     c == '_' || (unsigned char)c >= 0x80;
        if (strncmp(s, words[i], n) == 0 && !ident) {
            return true;
        }
    }
    return false;
}

// Picks the message and its place for a syntax error; returns the message.
static const char *explain(err_info *e, parse_ctx *cx, src_span *at, char *buf, size_t size) {
    yysymbol_kind_t tok = e->tok;
    bool line_start = is_line_token(cx->last.kind) && cx->n_line_tokens == 1 &&
                      cx->last.span.off == cx->line_first.span.off;
    const parse_tok *first = line_start ? &cx->hdr_first : &cx->line_first;
    const parse_tok *second = line_start ? &cx->hdr_second : &cx->line_second;
    int first_kind = first->kind == TOK_KW_ASYNC ? second->kind : first->kind;
    *at = e->at;

    if (tok == YYSYMBOL_INDENT) {
        // The INDENT token sits at the end of the line before; CPython points into its line.
        const char *text = cx->u->src.text;
        uint32_t off = e->at.off, end = cx->u->src.n_text;
        if (off < end && text[off] == '\n') {
            off++;
        }
        uint32_t line = off;
        while (off < end && (text[off] == ' ' || text[off] == '\t' || text[off] == '\f')) {
            off++;
        }
        *at = (src_span){off > line ? off - 1 : off, 0};
        return "unexpected indent";
    }
    if (e->n_expected == 1 && e->expected[0] == YYSYMBOL_INDENT) {
        const char *owner = block_owner(first, second);
        if (owner) {
            uint32_t line = src_line(&cx->u->src, &cx->u->arena, first->span.off);
            snprintf(buf, size, "expected an indented block after %s on line %u", owner, line);
            return buf;
        }
        return "expected an indented block";
    }
    if (expects(e, YYSYMBOL_KW_EXCEPT) && expects(e, YYSYMBOL_KW_FINALLY) &&
        !expects(e, YYSYMBOL_KW_ELSE)) {
        return "expected 'except' or 'finally' block";
    }
    if (name_is(cx, &cx->line_first, "match") && !line_start) {
        return "MicroPython does not support the match statement";
    }
    if (expects(e, sym_of(':'))) {
        bool forced = first_kind == TOK_KW_ELSE || first_kind == TOK_KW_TRY ||
                      first_kind == TOK_KW_FINALLY ||
                      (first_kind == TOK_KW_DEF && !expects(e, sym_of(',')));
        bool header = first_kind == TOK_KW_IF || first_kind == TOK_KW_ELIF ||
                      first_kind == TOK_KW_WHILE || first_kind == TOK_KW_FOR ||
                      first_kind == TOK_KW_WITH || first_kind == TOK_KW_EXCEPT ||
                      first_kind == TOK_KW_CLASS || first_kind == TOK_KW_DEF;
        if (forced || (header && tok == YYSYMBOL_NEWLINE)) {
            return "expected ':'";
        }
    }
    if (first_kind == TOK_KW_DEF && e->n_expected == 1 && e->expected[0] == sym_of('(')) {
        return "expected '('";
    }
    if (expects(e, YYSYMBOL_KW_ELSE) && !expects(e, YYSYMBOL_KW_ELIF) && tok != sym_of(':')) {
        src_span sp;
        const yy_state_t *ss = e->ctx->yyssp;
        // The stack ends with: boolexpr 'if' boolexpr; CPython points at the first operand.
        int n = operand_on_stack(e, cx, &sp);
        if (ss[-n] != 0 && YY_ACCESSING_SYMBOL(ss[-n]) == YYSYMBOL_KW_IF &&
            ss[-n - 1] != 0 && YY_ACCESSING_SYMBOL(ss[-n - 1]) == YYSYMBOL_boolexpr) {
            *at = (*cx->lsp_ref)[-n - 1];
        }
        return "expected 'else' after 'if' expression";
    }
    if (tok == sym_of('=') && !expects(e, sym_of('=')) && operand_complete(e)) {
        src_span sp;
        int n = operand_on_stack(e, cx, &sp);
        if (n == 1) {
            const ast *a = top_node(e, cx);
            *at = sp;
            if (!a || a->kind == AST_NAME) {
                return "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            }
            if (a->kind != AST_LIST && a->kind != AST_TUPLE && a->kind != AST_GENEXP &&
                a->kind != AST_CONST) {
                snprintf(buf, size, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                         ast_describe(a));
                return buf;
            }
        } else if (n > 1) {
            *at = sp;
            return "cannot assign to expression here. Maybe you meant '==' instead of '='?";
        }
    }
    if (tok == YYSYMBOL_KW_FOR) {
        src_span sp;
        int n = operand_on_stack(e, cx, &sp);
        yysymbol_kind_t below = sym_below(e, n), below2 = sym_below(e, n + 1);
        if (n > 0 && sym_below(e, n - 1) == sym_of('*')) {
            *at = (*cx->lsp_ref)[-(n - 1)];
            return "iterable unpacking cannot be used in comprehension";
        }
        if (n > 0 && below == sym_of(',') &&
            (below2 == YYSYMBOL_list_items || below2 == YYSYMBOL_set_items)) {
            *at = src_join((*cx->lsp_ref)[-n - 1], sp);
            return "did you forget parentheses around the comprehension target?";
        }
    }
    if ((tok == sym_of(',') || tok == sym_of('}')) && expects(e, sym_of(':'))) {
        src_span sp;
        int n = operand_on_stack(e, cx, &sp);
        yysymbol_kind_t below = sym_below(e, n);
        if (n > 0 && below == sym_of(',') && sym_below(e, n + 1) == YYSYMBOL_dict_items) {
            *at = sp;
            return "':' expected after dictionary key";
        }
    }
    if ((tok == sym_of(',') || tok == sym_of('}')) && sym_below(e, 0) == sym_of(':') &&
        sym_below(e, 1) == YYSYMBOL_test &&
        (sym_below(e, 2) == sym_of('{') ||
         (sym_below(e, 2) == sym_of(',') && sym_below(e, 3) == YYSYMBOL_dict_items))) {
        *at = (*cx->lsp_ref)[0];
        return "expression expected after dictionary key and ':'";
    }
    if (tok == YYSYMBOL_NEWLINE && sym_below(e, 0) == sym_of(',') &&
        sym_below(e, 1) == YYSYMBOL_import_as_names) {
        return "trailing comma not allowed without surrounding parentheses";
    }
    if (starts_operand(tok) && ends_operand(cx->prev.kind)) {
        // Two operands in a row: "print x", or a missing comma inside brackets.
        if ((name_is(cx, &cx->prev, "print") || name_is(cx, &cx->prev, "exec")) &&
            cx->prev2.kind != '.' && tok != sym_of('(')) {
            const char *w = intern_str(&cx->u->names, cx->prev.name);
            snprintf(buf, size, "Missing parentheses in call to '%s'. Did you mean %s(...)?", w, w);
            *at = cx->prev.span;
            return buf;
        }
        src_span sp;
        int n = operand_on_stack(e, cx, &sp);
        bool name_string = n == 1 && cx->prev.kind == TOK_NAME && tok == YYSYMBOL_STRING;
        if (n > 0 && cx->depth_before_last > 0 && !name_string &&
            !soft_keyword_at(cx, sp.off)) {
            *at = sp;
            return "invalid syntax. Perhaps you forgot a comma?";
        }
    }
    if (tok == YYSYMBOL_KW_AS && cx->depth_before_last == 1 && first_kind == TOK_KW_WITH &&
        cx->bracket_off[0] == (first->kind == TOK_KW_ASYNC ? cx->line_third : *second).span.off) {
        // `with (a as b, ...)`: the items themselves in parentheses (Python 3.9+).
        return "MicroPython does not support parenthesized context managers";
    }
    if (tok == sym_of('(') && (first_kind == TOK_KW_DEF || cx->prev.kind == TOK_KW_LAMBDA ||
                               sym_below(e, 1) == YYSYMBOL_lambda_params)) {
        // A parameter in parentheses (Python 2's tuple parameters), after plain names only.
        yysymbol_kind_t below = sym_below(e, 0);
        const ast *params = below == sym_of(',') ? (*cx->vsp_ref)[-1].node : NULL;
        bool plain = below == sym_of('(') || below == YYSYMBOL_KW_LAMBDA ||
                     (below == sym_of(',') && params && params->kind == AST_PARAMS);
        for (uint32_t i = 0; plain && params && i < params->n; i++) {
            const ast *p = AST_KID(params, i);
            plain = p && p->op == AST_PARAM_POS && !AST_KID(p, 2);
        }
        if (plain) {
            return below == YYSYMBOL_KW_LAMBDA || sym_below(e, 1) == YYSYMBOL_lambda_params
                       ? "Lambda expression parameters cannot be parenthesized"
                       : "Function parameters cannot be parenthesized";
        }
    }
    return "invalid syntax";
}

// Errors of the lexer that CPython does not put before an earlier syntax error: those its
// tokenizer leaves to the parser to report (indentation and tabs).
static bool is_layout_error(const char *text) {
    static const char *const msgs[] = {
        "unindent does not match any outer indentation level",
        "inconsistent use of tabs and spaces in indentation",
        "too many levels of indentation",
    };
    const char *nl = strchr(text, '\n');
    for (size_t i = 0; i < sizeof msgs / sizeof msgs[0]; i++) {
        const char *m = strstr(text, msgs[i]);
        if (m && (!nl || m < nl)) {
            return true;
        }
    }
    return false;
}

// The sink's callback while holding: keeps each diagnostic (notes join the one before).
static void hold_diag(void *ctx, diag_severity sev, const char *text) {
    parse_ctx *cx = ctx;
    arena *a = &cx->u->arena;
    if (sev == DIAG_NOTE && cx->n_held > 0) {
        parse_held *h = &cx->held[cx->n_held - 1];
        size_t n0 = strlen(h->text), n1 = strlen(text);
        char *t = arena_alloc(a, n0 + n1 + 1);
        if (t) {
            memcpy(t, h->text, n0);
            memcpy(t + n0, text, n1 + 1);
            h->text = t;
            return;
        }
    } else if (cx->n_held < PARSE_MAX_HELD) {
        char *t = arena_strndup(a, text, strlen(text));
        if (t) {
            parse_held *h = &cx->held[cx->n_held++];
            h->text = t;
            h->sev = sev;
            h->from_lexer = cx->in_lexer && sev == DIAG_ERROR && !is_layout_error(text);
            return;
        }
    }
    cx->saved_fn(cx->saved_fn_ctx, sev, text);
}

static void start_holding(parse_ctx *cx) {
    diag *d = &cx->u->diag;
    cx->saved_fn = d->fn;
    cx->saved_fn_ctx = d->fn_ctx;
    d->fn = hold_diag;
    d->fn_ctx = cx;
    cx->holding = true;
}

// Gives the held diagnostics to the sink: the lexer's that CPython would show instead of the
// syntax error first, then the rest in the order they came.
static void stop_holding(parse_ctx *cx) {
    if (!cx->holding) {
        return;
    }
    diag *d = &cx->u->diag;
    d->fn = cx->saved_fn;
    d->fn_ctx = cx->saved_fn_ctx;
    cx->holding = false;
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < cx->n_held; i++) {
            if (cx->held[i].from_lexer == (pass == 0) && d->fn) {
                d->fn(d->fn_ctx, cx->held[i].sev, cx->held[i].text);
            }
        }
    }
}

static int yyreport_syntax_error(const yypcontext_t *ctx, parse_ctx *cx) {
    err_info e;
    e.ctx = ctx;
    e.tok = yypcontext_token(ctx);
    e.at = *yypcontext_location(ctx);
    e.n_expected = yypcontext_expected_tokens(ctx, e.expected, YYNTOKENS);
    if (e.n_expected < 0) {
        e.n_expected = 0;
    }
    uint32_t n_text = cx->u->src.n_text;
    if (e.tok == YYSYMBOL_YYEOF || e.at.off >= n_text) {
        // At the end CPython points at the end of the text's last line (blank or not).
        const char *text = cx->u->src.text;
        e.at = (src_span){n_text > 0 && text[n_text - 1] == '\n' ? n_text - 1 : n_text, 0};
    }
    char buf[PARSE_MSG_MAX];
    src_span at;
    const char *msg = explain(&e, cx, &at, buf, sizeof buf);
    if (!cx->first_error_line) {
        cx->first_error_line = line_of(cx, at.off);
        cx->error_starts_operand = starts_operand(e.tok);
        cx->error_token_line = line_of(cx, e.at.off);
        // CPython reports an unexpected indent whatever follows; other syntax errors give way
        // to most later errors of the lexer.
        if (e.tok != YYSYMBOL_INDENT) {
            start_holding(cx);
        }
    }
    diag_error(&cx->u->diag, at, "%s", msg);
    return 0;
}

// ---- entry points ----

struct ast *parse_module(comp_unit *u) {
    parse_ctx cx;
    memset(&cx, 0, sizeof cx);
    cx.u = u;
    cx.at_line_start = true;
    cx.n_errors_start = u->diag.n_errors;
    cx.lx = lex_new(u);
    int status = cx.lx ? py_yyparse(&cx) : 2;
    // After an error, lex the rest of the file (for the lexer's errors, which come first).
    lex_token t;
    for (uint32_t guard = 0; cx.lx && cx.last.kind != 0 && guard < UINT32_MAX; guard++) {
        next_token(&cx, &t);
    }
    stop_holding(&cx);
    if (u->arena.failed) {
        if (u->diag.n_errors == cx.n_errors_start) {
            diag_error(&u->diag, cx.last.span, "out of memory");
        }
        return NULL;
    }
    if (status != 0 || u->diag.n_errors != cx.n_errors_start) {
        return NULL;
    }
    return cx.result;
}

const char *parse_token_name(int kind) {
    return yysymbol_name(YYTRANSLATE(kind));
}
