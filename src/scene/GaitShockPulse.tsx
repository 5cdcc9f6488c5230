// The footstrike glow in the explorer (issue 14): ShockPulse on the explorer's inputs, following its gait clock
// (src/state/gaitClock.ts); nothing while standing (no footstrike).
import { useExplorer, useExplorerStore } from '../state/context'
import { ShockPulse } from './ShockPulse'

export function GaitShockPulse({ reducedMotion }: { reducedMotion: boolean }) {
  const store = useExplorerStore()
  const input = useExplorer((s) => s.input)
  if (input.activity === 'standing') return null
  return <ShockPulse input={input} clock={store.getState().clock} reducedMotion={reducedMotion} />
}
