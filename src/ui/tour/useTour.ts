// The tour's clock and its captions for the DOM: the step on screen, its caption from the live pose, and the
// actions. Reads the explorer's store and the tour store; computes nothing the core or tour.ts does not.
import { useStore } from 'zustand'
import { useExplorer } from '../../state/context'
import { selectPose, poseOf } from '../../state/store'
import { CHAIN_LINKS, restInput, tourFacts, type ChainLink } from '../../state/tour'
import { useTourStore, type TourStoreState } from '../../state/tourStore'
import type { ChainInput } from '../../kinematics/types'
import { EN, type I18n } from '../../i18n'
import { useI18n } from '../../i18n/context'
import { tourCaption } from './caption'

/** The caption of one link for these inputs (the live numbers against the tour's rest). */
export function captionFor(link: ChainLink, input: ChainInput, i18n: I18n = EN): string {
  const rest = restInput(input)
  return tourCaption(
    tourFacts(link, { pose: poseOf(input), input }, { pose: poseOf(rest), input: rest }),
    i18n,
  )
}

export function useTour(): TourStoreState & { link: ChainLink | null; caption: string | null } {
  const state = useStore(useTourStore())
  const input = useExplorer((s) => s.input)
  useExplorer(selectPose)
  const i18n = useI18n()
  const link = state.clock.active ? (CHAIN_LINKS[state.clock.step] ?? null) : null
  return { ...state, link, caption: link ? captionFor(link, input, i18n) : null }
}
