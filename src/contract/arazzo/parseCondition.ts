import { isRuntimeExpression } from './runtimeExpression.ts';

/**
 * A parsed Arazzo "simple" condition (Arazzo 1.0 §"Criterion Object"): literals, runtime
 * expressions, `== != < <= > >=`, `! && ||` and parentheses.
 */
export type ConditionNode =
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null }
  | { readonly kind: 'expression'; readonly expression: string }
  | { readonly kind: 'not'; readonly operand: ConditionNode }
  | { readonly kind: 'logical'; readonly op: '&&' | '||'; readonly left: ConditionNode; readonly right: ConditionNode }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly left: ConditionNode; readonly right: ConditionNode };

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

export type ParsedCondition = { readonly kind: 'ok'; readonly ast: ConditionNode } | { readonly kind: 'error'; readonly message: string };

type Token =
  | { readonly t: 'op'; readonly v: CompareOp | '&&' | '||' | '!' | '(' | ')' }
  | { readonly t: 'literal'; readonly v: string | number | boolean | null }
  | { readonly t: 'expression'; readonly v: string };

/**
 * Parses a simple condition. Errors are values: the loader reports them with the file and step.
 *
 * @example
 *   parseCondition('$statusCode == 409 && $response.body#/code == 30409100');
 *   // { kind: 'ok', ast: { kind: 'logical', op: '&&', ... } }
 */
export function parseCondition(text: string): ParsedCondition {
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return { kind: 'error', message: tokens };
  let at = 0;
  const peek = () => tokens[at];
  const isOp = (v: string) => {
    const token = peek();
    return token?.t === 'op' && token.v === v;
  };

  const parseOr = (): ConditionNode => {
    let left = parseAnd();
    while (isOp('||')) {
      at++;
      left = { kind: 'logical', op: '||', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): ConditionNode => {
    let left = parseUnary();
    while (isOp('&&')) {
      at++;
      left = { kind: 'logical', op: '&&', left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): ConditionNode => {
    if (isOp('!')) {
      at++;
      return { kind: 'not', operand: parseUnary() };
    }
    const left = parseOperand();
    const token = peek();
    if (token?.t === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(token.v)) {
      at++;
      return { kind: 'compare', op: token.v as CompareOp, left, right: parseOperand() };
    }
    return left;
  };
  const parseOperand = (): ConditionNode => {
    const token = tokens[at++];
    if (!token) throw new SyntaxError('the condition ends too early');
    if (token.t === 'literal') return { kind: 'literal', value: token.v };
    if (token.t === 'expression') return { kind: 'expression', expression: token.v };
    if (token.v === '(') {
      const inner = parseOr();
      if (!isOp(')')) throw new SyntaxError('missing )');
      at++;
      return inner;
    }
    throw new SyntaxError(`unexpected ${token.v}`);
  };

  try {
    const ast = parseOr();
    if (at < tokens.length) return { kind: 'error', message: `unexpected ${String(tokens[at]?.v)} in "${text}"` };
    return { kind: 'ok', ast };
  } catch (error) {
    return { kind: 'error', message: `${(error as Error).message} in "${text}"` };
  }
}

/** Every runtime expression in a parsed condition, in reading order. */
export function conditionExpressions(node: ConditionNode): string[] {
  switch (node.kind) {
    case 'literal':
      return [];
    case 'expression':
      return [node.expression];
    case 'not':
      return conditionExpressions(node.operand);
    case 'logical':
    case 'compare':
      return [...conditionExpressions(node.left), ...conditionExpressions(node.right)];
  }
}

function tokenize(text: string): Token[] | string {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const op = /^(==|!=|<=|>=|&&|\|\||<|>|!|\(|\))/.exec(rest);
    if (op) {
      tokens.push({ t: 'op', v: op[0] as Token['v'] as never });
      i += op[0].length;
      continue;
    }
    const quoted = /^'((?:[^'\\]|\\.)*)'|^"((?:[^"\\]|\\.)*)"/.exec(rest);
    if (quoted) {
      tokens.push({ t: 'literal', v: (quoted[1] ?? quoted[2] ?? '').replace(/\\(.)/g, '$1') });
      i += quoted[0].length;
      continue;
    }
    const number = /^-?\d+(\.\d+)?(?![\w$])/.exec(rest);
    if (number) {
      tokens.push({ t: 'literal', v: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const word = /^(true|false|null)(?![\w$])/.exec(rest);
    if (word) {
      tokens.push({ t: 'literal', v: word[0] === 'null' ? null : word[0] === 'true' });
      i += word[0].length;
      continue;
    }
    // A runtime expression runs to the next space or closing parenthesis.
    const expression = /^\$[^\s()]+/.exec(rest);
    if (expression) {
      if (!isRuntimeExpression(expression[0])) return `unsupported runtime expression ${expression[0]}`;
      tokens.push({ t: 'expression', v: expression[0] });
      i += expression[0].length;
      continue;
    }
    return `cannot read "${rest.slice(0, 20)}" in "${text}"`;
  }
  return tokens;
}
