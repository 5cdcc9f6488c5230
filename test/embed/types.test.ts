// dist/kinetic-chain-explorer.d.ts is hand-written and self-contained (clinics have none of our sources).
// These checks run in `npm run typecheck` (expectTypeOf is checked by tsc): a change to the app's types
// that the published declarations do not follow fails the build of the tests.
import { describe, expectTypeOf, it } from 'vitest'
import type * as Schema from '../../src/state/schema'
import type * as Core from '../../src/kinematics/types'
import type * as Pub from '../../src/embed/kinetic-chain-explorer'
import type { KineticChainExplorerElement } from '../../src/embed/element'
import type * as App from '../../src/app/types'
import type { ChainLink } from '../../src/state/tour'

describe('published types of <kinetic-chain-explorer>', () => {
  it('are the explorer’s own vocabulary (src/state/schema.ts)', () => {
    expectTypeOf<Pub.InputPatch>().toEqualTypeOf<Schema.InputPatch>()
    expectTypeOf<Pub.CameraView>().toEqualTypeOf<Schema.CameraView>()
    expectTypeOf<Pub.PresetId>().toEqualTypeOf<Schema.PresetId>()
    expectTypeOf<Pub.ControlsMode>().toEqualTypeOf<Schema.ControlsMode>()
    expectTypeOf<Pub.Layers>().toEqualTypeOf<Schema.Layers>()
    expectTypeOf<Pub.ChainInput>().toEqualTypeOf<Core.ChainInput>()
    expectTypeOf<Pub.Activity>().toEqualTypeOf<Core.Activity>()
    expectTypeOf<Pub.CompareMode>().toEqualTypeOf<Schema.CompareMode>()
    expectTypeOf<Pub.ChainStepDetail>().toEqualTypeOf<App.ChainStepDetail>()
    expectTypeOf<Pub.ChainLinkName>().toEqualTypeOf<ChainLink>()
    expectTypeOf<Pub.PlaybackEventDetail>().toEqualTypeOf<Omit<App.PlaybackDetail, 'playing'>>()
  })

  it('describe the element class the script defines', () => {
    expectTypeOf<KineticChainExplorerElement>().toMatchTypeOf<Pub.KineticChainExplorerElement>()
    expectTypeOf<
      HTMLElementTagNameMap['kinetic-chain-explorer']
    >().toEqualTypeOf<Pub.KineticChainExplorerElement>()
  })
})
