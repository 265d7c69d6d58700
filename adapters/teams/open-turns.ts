/**
 * The turns in progress, by conversation address: a send to a conversation while one of
 * its turns is open goes through that turn's context (an in-turn reply). Found by address
 * rather than with AsyncLocalStorage, whose promise hooks cost every promise of the
 * process on Node 20.
 */
import type { TurnContext } from "@microsoft/agents-hosting";
import type { Address } from "../../bot/types.js";

/**
 * One open turn.
 * @example const turn = openTurns.open(address, context); try { … } finally { openTurns.close(turn); }
 */
export interface OpenTurn {
  readonly address: Address;
  readonly context: TurnContext;
  open: boolean;
}

/**
 * @example
 * const turns = new OpenTurns();
 * const turn = turns.open(address, context);
 * turns.current(address) === context; // true until turns.close(turn)
 */
export class OpenTurns {
  private readonly byAddress = new Map<Address, OpenTurn[]>();

  open(address: Address, context: TurnContext): OpenTurn {
    const turn: OpenTurn = { address, context, open: true };
    const turns = this.byAddress.get(address);
    if (turns) turns.push(turn);
    else this.byAddress.set(address, [turn]);
    return turn;
  }

  close(turn: OpenTurn): void {
    turn.open = false;
    const remaining = (this.byAddress.get(turn.address) ?? []).filter((other) => other !== turn);
    if (remaining.length > 0) this.byAddress.set(turn.address, remaining);
    else this.byAddress.delete(turn.address);
  }

  /** The context of the latest open turn of this conversation, if any. */
  current(address: Address): TurnContext | undefined {
    const turns = this.byAddress.get(address);
    const turn = turns?.[turns.length - 1];
    return turn?.open ? turn.context : undefined;
  }
}
