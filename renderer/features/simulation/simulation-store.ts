/**
 * The two scenarios on screen. Kept in a store rather than in the page, so an advisor who leaves
 * for the case file and comes back finds the figures they were discussing.
 */
import { create } from 'zustand';
import { defaultYear, emptyScenario, type ScenarioForm } from './simulation-form';

export type ScenarioId = 'a' | 'b';

export type SimulationState = { scenarios: Record<ScenarioId, ScenarioForm> };

function initialState(): SimulationState {
  const year = defaultYear(new Date());
  return { scenarios: { a: emptyScenario(year), b: emptyScenario(year, { category: 'complementary' }) } };
}

export const useSimulationStore = create<SimulationState>()(initialState);

export function resetSimulation(): void {
  useSimulationStore.setState(initialState(), true);
}

export function updateScenario(id: ScenarioId, patch: Partial<ScenarioForm>): void {
  useSimulationStore.setState((state) => ({
    scenarios: { ...state.scenarios, [id]: { ...state.scenarios[id], ...patch } },
  }));
}

/** Scenario B starts from A: the advisor then changes the one thing the person asks about. */
export function copyScenario(from: ScenarioId, to: ScenarioId): void {
  useSimulationStore.setState((state) => ({ scenarios: { ...state.scenarios, [to]: { ...state.scenarios[from] } } }));
}
