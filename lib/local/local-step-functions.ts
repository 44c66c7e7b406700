import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { StateMachine } from 'aws-local-stepfunctions';
import type { MovableClock } from './virtual-clock.js';

type Definition = { StartAt: string; States: Record<string, Record<string, unknown>> };
type Json = Record<string, unknown>;

/** Errors named as Step Functions names them, so that the SDK raises its own exception classes. */
export class StepFunctionsError extends Error {
  constructor(
    readonly type: 'TaskDoesNotExist' | 'ExecutionAlreadyExists',
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}

/**
 * setTimeout's ceiling, in seconds. The engine arms a real timer for every Task's timeout; the
 * timers of waits are kept on the virtual clock instead, so its own must never fire first.
 */
const NEVER_SECONDS = 2_147_483;

const LAMBDA_ARN = /^arn:aws:lambda:/;
const WAIT_FOR_LAMBDA = 'arn:aws:states:::lambda:invoke.waitForTaskToken';
/** The task a Wait state becomes locally: it ends when the virtual clock reaches the state's timestamp. */
const WAIT_UNTIL = 'local:wait-until';

/** A Wait state until a timestamp, as a task of the same name that waits on the virtual clock. */
const waitUntilTask = (state: Record<string, unknown>): Record<string, unknown> => {
  if (typeof state.TimestampPath !== 'string')
    throw new Error('Only Wait states with a timestamp path can run on the virtual clock');
  const { Type: _type, TimestampPath, ...rest } = state;
  return {
    ...rest,
    Type: 'Task',
    Resource: WAIT_UNTIL,
    Parameters: { 'until.$': TimestampPath },
    // A Wait state passes its input on untouched.
    ResultPath: null,
    TimeoutSeconds: NEVER_SECONDS,
  };
};

/**
 * The deployed definition, with local changes so that time runs on the virtual clock: a wait's
 * `TimeoutSecondsPath` is handed to the wait (as `timeoutSeconds` beside its payload), the
 * engine's own timer for it set out of reach; and a Wait state becomes a task of the same name
 * (one transition, as deployed) that waits for its timestamp. Choices, retries and catches are untouched.
 */
export const localDefinition = (definition: Definition): Definition => {
  const states = structuredClone(definition.States);
  for (const [name, state] of Object.entries(states)) {
    if (state.Type === 'Wait') states[name] = waitUntilTask(state);
    if (state.Type !== 'Task' || typeof state.TimeoutSecondsPath !== 'string') continue;
    const parameters = state.Parameters as { Payload?: Json } | undefined;
    if (state.Resource !== WAIT_FOR_LAMBDA || !parameters?.Payload)
      throw new Error('Only Lambda callback waits may have a timeout path locally');
    parameters.Payload['timeoutSeconds.$'] = state.TimeoutSecondsPath;
    delete state.TimeoutSecondsPath;
    state.TimeoutSeconds = NEVER_SECONDS;
  }
  return { ...definition, States: states };
};

/** Every state of a definition, those of its Map iterations included (the engine looks overrides up by name). */
const allStates = (definition: Pick<Definition, 'States'>): [string, Record<string, unknown>][] =>
  Object.entries(definition.States).flatMap(([name, state]) => {
    const nested = (state.ItemProcessor ?? state.Iterator) as Pick<Definition, 'States'> | undefined;
    return [[name, state] as [string, Record<string, unknown>], ...(nested ? allStates(nested) : [])];
  });

interface PendingWait {
  execution: string;
  deadline: number;
  settle: (outcome: { output: unknown } | { error: Error }) => void;
  /** What the deadline brings: a callback wait times out, a Wait state's task simply ends. */
  atDeadline: { output: unknown } | { error: Error };
}

const TIMED_OUT = () => ({
  error: Object.assign(new Error('States.Timeout'), { name: 'States.Timeout', isRetryable: false }),
});

export interface LocalStepFunctionsOptions {
  definition: Definition;
  /** Runs the function with this ARN on `payload` and returns its result. */
  invoke: (functionArn: string, payload: unknown) => Promise<unknown>;
  clock: MovableClock;
  /**
   * Where running executions are listed, so that a restart can rerun them; none for runs a restart
   * need not resume. The names of ended executions are kept beside it (see endedNamesFile).
   */
  journalFile?: string;
  log?: (line: string) => void;
}

export interface ExecutionRecord {
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  /** States entered so far: what Step Functions bills for a Standard workflow. */
  transitions: number;
  error?: string;
}

/**
 * Where the names of a journal's ended executions are kept, one a line: Step Functions refuses a
 * name that already ran (for 90 days), and a stream's records are redelivered after a restart.
 */
export const endedNamesFile = (journalFile: string) => journalFile.replace(/(\.json)?$/, '.ended.jsonl');

/**
 * Runs executions of one synthesized state machine with `aws-local-stepfunctions`: Lambda tasks
 * call the in-process handlers, callback waits hold a token until `sendTaskSuccess` or until the
 * virtual clock passes their deadline (`States.Timeout`), and Wait states end when it reaches their timestamp.
 */
export class LocalStepFunctions {
  readonly #machine: StateMachine;
  readonly #options: LocalStepFunctionsOptions;
  readonly #running = new Map<string, unknown>();
  readonly #records = new Map<string, ExecutionRecord>();
  readonly #waits = new Map<string, PendingWait>();
  /** Names of executions that ended, in this run or in an earlier one of the same journal. */
  readonly #ended: Set<string>;
  #busy = 0;
  #idle: (() => void)[] = [];

  constructor(options: LocalStepFunctionsOptions) {
    this.#options = options;
    const definition = localDefinition(options.definition);
    for (const [name, state] of allStates(definition)) {
      if (state.Type === 'Task' && !this.#isSupported(state.Resource))
        throw new Error(`State ${name} uses ${String(state.Resource)}, which the local runtime cannot run`);
    }
    this.#machine = new StateMachine(definition as never, { validationOptions: { checkArn: false } });
    const endedFile = options.journalFile && endedNamesFile(options.journalFile);
    this.#ended = new Set(
      endedFile && existsSync(endedFile) ? readFileSync(endedFile, 'utf8').split('\n').filter(Boolean) : [],
    );
  }

  #isSupported(resource: unknown) {
    return (
      typeof resource === 'string' &&
      (LAMBDA_ARN.test(resource) || resource === WAIT_FOR_LAMBDA || resource === WAIT_UNTIL)
    );
  }

  /** Starts an execution; the same name with the same input is the same execution, as in Step Functions. */
  start(name: string, input: unknown): void {
    if (this.#running.has(name)) {
      if (JSON.stringify(this.#running.get(name)) === JSON.stringify(input)) return;
      throw new StepFunctionsError('ExecutionAlreadyExists', `Execution ${name} is already running with another input`);
    }
    if (this.#ended.has(name)) throw new StepFunctionsError('ExecutionAlreadyExists', `Execution ${name} already ran`);
    void this.#run(name, input).catch(() => undefined);
  }

  /** Runs an execution to its end and resolves with its output; rejects with its error when it fails. */
  execute(name: string, input: unknown): Promise<unknown> {
    return this.#run(name, input);
  }

  /** Reruns every execution that was running when the runtime stopped; their first task resumes them. */
  resumeJournal(): number {
    const file = this.#options.journalFile;
    if (!file || !existsSync(file)) return 0;
    const journal = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Json>;
    for (const [name, input] of Object.entries(journal))
      void this.#run(name, { ...input, resumed: true }).catch(() => undefined);
    return Object.keys(journal).length;
  }

  sendTaskSuccess(taskToken: string, output: string): void {
    const wait = this.#waits.get(taskToken);
    if (!wait) throw new StepFunctionsError('TaskDoesNotExist', 'No execution waits with this token');
    wait.settle({ output: JSON.parse(output) });
  }

  describe(name: string): ExecutionRecord | undefined {
    return this.#records.get(name);
  }

  /** Resolves once every execution is waiting for a callback or has ended. */
  settled(): Promise<void> {
    return this.#busy === 0 ? Promise.resolve() : new Promise((resolve) => this.#idle.push(resolve));
  }

  /** Moves the clock to `target`, firing every wait's timer on the way, in order, each at its own time. */
  async advanceTo(target: Date): Promise<void> {
    for (;;) {
      await this.settled();
      const [due] = [...this.#waits.values()]
        .filter((w) => w.deadline <= target.getTime())
        .sort((a, b) => a.deadline - b.deadline);
      if (!due) break;
      this.#options.clock.moveTo(new Date(due.deadline));
      due.settle(due.atDeadline);
    }
    this.#options.clock.moveTo(target);
    await this.settled();
  }

  #setBusy(change: number) {
    this.#busy += change;
    if (this.#busy === 0) for (const resolve of this.#idle.splice(0)) resolve();
  }

  #saveJournal() {
    const file = this.#options.journalFile;
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    const inputs = Object.fromEntries(
      [...this.#running].map(([name, input]) => {
        const { resumed: _resumed, ...rest } = input as Json;
        return [name, rest];
      }),
    );
    writeFileSync(file, JSON.stringify(inputs));
  }

  #rememberEnded(name: string) {
    this.#ended.add(name);
    const file = this.#options.journalFile;
    if (!file) return;
    // Before the journal drops it: a stop in between leaves it both running and ended, and it is resumed.
    appendFileSync(endedNamesFile(file), `${name}\n`);
  }

  #run(name: string, input: unknown): Promise<unknown> {
    const record: ExecutionRecord = { status: 'RUNNING', transitions: 0 };
    this.#records.set(name, record);
    this.#running.set(name, input);
    this.#saveJournal();
    this.#setBusy(1);
    const execution = this.#machine.run(input as never, {
      overrides: { taskResourceLocalHandlers: this.#handlersFor(name) as never },
      // The engine resolves `$$.Task.Token` from here; each wait swaps in a token of its own.
      context: { Task: { Token: 'local' } } as never,
    });
    void (async () => {
      for await (const event of execution.eventLogs) if (event.type === 'StateEntered') record.transitions++;
    })();
    return execution.result
      .then(
        (output: unknown) => {
          record.status = 'SUCCEEDED';
          return output;
        },
        (error: Error) => {
          record.status = 'FAILED';
          record.error = error.message;
          this.#options.log?.(`Execution ${name} failed: ${error.message}`);
          throw error;
        },
      )
      .finally(() => {
        this.#rememberEnded(name);
        this.#running.delete(name);
        this.#saveJournal();
        this.#setBusy(-1);
      });
  }

  #handlersFor(execution: string) {
    const handlers: Record<string, (input: Json) => Promise<unknown>> = {};
    for (const [stateName, state] of allStates(this.#options.definition)) {
      if (state.Type === 'Wait') handlers[stateName] = (parameters) => this.#waitUntil(execution, parameters);
      if (state.Type !== 'Task') continue;
      const resource = state.Resource as string;
      if (resource === WAIT_FOR_LAMBDA) {
        handlers[stateName] = (parameters) => this.#wait(execution, parameters);
      } else {
        handlers[stateName] = (payload) => this.#options.invoke(resource, payload);
      }
    }
    return handlers;
  }

  /** Registers a wait that `advanceTo` ends at `deadline` (or a callback earlier); resolves with how it ended. */
  #pend(
    token: string,
    execution: string,
    deadline: number,
    atDeadline: PendingWait['atDeadline'],
  ): Promise<{ output: unknown } | { error: Error }> {
    return new Promise((resolve) => {
      this.#waits.set(token, {
        execution,
        deadline,
        atDeadline,
        settle: (result) => {
          if (!this.#waits.delete(token)) return;
          this.#setBusy(1);
          resolve(result);
        },
      });
    });
  }

  /** Waiting from here on: the execution is idle until its outcome, which may be settled already. */
  async #idleUntil(outcome: Promise<{ output: unknown } | { error: Error }>): Promise<unknown> {
    this.#setBusy(-1);
    const result = await outcome;
    if ('error' in result) throw result.error;
    return result.output;
  }

  async #wait(execution: string, parameters: Json): Promise<unknown> {
    const { timeoutSeconds, ...payload } = parameters.Payload as Json;
    const taskToken = `local-${randomUUID()}`;
    const deadline = this.#options.clock.now().getTime() + Number(timeoutSeconds) * 1000;
    const outcome = this.#pend(taskToken, execution, deadline, TIMED_OUT());
    try {
      await this.#options.invoke(String(parameters.FunctionName), { ...payload, taskToken });
    } catch (error) {
      this.#waits.delete(taskToken);
      throw error;
    }
    return this.#idleUntil(outcome);
  }

  /** A Wait state: ends once the virtual clock reaches its timestamp (at once if it has passed). */
  async #waitUntil(execution: string, parameters: Json): Promise<unknown> {
    const deadline = Date.parse(String(parameters.until));
    if (Number.isNaN(deadline)) throw Object.assign(new Error('States.Runtime'), { name: 'States.Runtime' });
    if (deadline <= this.#options.clock.now().getTime()) return {};
    return this.#idleUntil(this.#pend(`local-wait-${randomUUID()}`, execution, deadline, { output: {} }));
  }
}
