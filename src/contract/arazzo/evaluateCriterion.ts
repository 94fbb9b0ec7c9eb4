import { isDeepStrictEqual } from 'node:util';
import type { CriterionSpec } from './types.ts';
import { conditionExpressions, type ConditionNode } from './parseCondition.ts';
import { evaluateExpression, type ExpressionContext } from './runtimeExpression.ts';

/** The outcome of one criterion, with the values it read so a failure can say what was actual. */
export interface CriterionOutcome {
  readonly holds: boolean;
  /** Each runtime expression the criterion read, with its value (`undefined`: absent). */
  readonly operands: readonly { readonly expression: string; readonly value: unknown }[];
}

/**
 * Evaluates a success criterion or an action's criterion against the step's request and response.
 * Equality is deep (objects and arrays compare by value) and treats an absent value as `null`;
 * ordering compares numbers with numbers and strings with strings, anything else does not hold.
 *
 * @example
 *   evaluateCriterion(criterion, ctx); // { holds: false, operands: [{ expression: '$statusCode', value: 404 }] }
 */
export function evaluateCriterion(criterion: CriterionSpec, ctx: ExpressionContext): CriterionOutcome {
  if (criterion.type === 'regex') {
    const expression = criterion.context ?? '$response.body';
    const value = evaluateExpression(expression, ctx);
    const text = typeof value === 'string' ? value : value === undefined ? undefined : JSON.stringify(value);
    return { holds: text !== undefined && (criterion.pattern?.test(text) ?? false), operands: [{ expression, value }] };
  }
  const ast = criterion.ast as ConditionNode;
  const operands = [...new Set(conditionExpressions(ast))].map((expression) => ({ expression, value: evaluateExpression(expression, ctx) }));
  return { holds: truthy(evaluate(ast, ctx)), operands };
}

function evaluate(node: ConditionNode, ctx: ExpressionContext): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'expression':
      return evaluateExpression(node.expression, ctx);
    case 'not':
      return !truthy(evaluate(node.operand, ctx));
    case 'logical':
      return node.op === '&&'
        ? truthy(evaluate(node.left, ctx)) && truthy(evaluate(node.right, ctx))
        : truthy(evaluate(node.left, ctx)) || truthy(evaluate(node.right, ctx));
    case 'compare': {
      const left = evaluate(node.left, ctx) ?? null;
      const right = evaluate(node.right, ctx) ?? null;
      switch (node.op) {
        case '==':
          return isDeepStrictEqual(left, right);
        case '!=':
          return !isDeepStrictEqual(left, right);
        default:
          return ordered(node.op, left, right);
      }
    }
  }
}

function ordered(op: '<' | '<=' | '>' | '>=', left: unknown, right: unknown): boolean {
  const comparable = (typeof left === 'number' && typeof right === 'number') || (typeof left === 'string' && typeof right === 'string');
  if (!comparable) return false;
  const [a, b] = [left as number, right as number];
  return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
}

const truthy = (value: unknown): boolean => Boolean(value);
