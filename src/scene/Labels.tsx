// Names on the structures that matter, attached to the posed bones so they follow them. drei <Html> needs
// `portal` with @react-three/fiber 9.8 (it renders nothing otherwise): labels go into the stage's overlay.
import { Fragment, type RefObject } from 'react'
import { createPortal } from '@react-three/fiber'
import { Html } from '@react-three/drei'
import { discNode } from '../anatomy/names'
import { usePosedRig } from './rigContext'
import { useLayer } from './useLayer'

interface LabelSpec {
  text: string
  node: string
  /** Offset in the node's frame, metres: moves the label off the joint centre onto the bone. */
  offset: [number, number, number]
}

// Right side: the side the clinician's story is about. Offsets put text beside, not on, the structure.
const LABELS: readonly LabelSpec[] = [
  { text: 'L4–L5', node: discNode('L4-L5'), offset: [0, 0, 0] },
  { text: 'L5–S1', node: discNode('L5-S1'), offset: [0, 0, 0] },
  { text: 'Sciatic nerve', node: 'sciatic_5_r', offset: [0, 0, 0] },
  { text: 'Piriformis', node: 'piriformis_via_r', offset: [0, 0, 0] },
  { text: 'Ilium', node: 'ilium_r', offset: [-0.07, 0.09, 0] },
  { text: 'Femur', node: 'femur_r', offset: [0, -0.2, 0] },
  { text: 'Tibia', node: 'tibia_r', offset: [0, -0.18, 0] },
  { text: 'Navicular', node: 'navicular_r', offset: [0, 0, 0] },
]

export function Labels({ portal }: { portal: RefObject<HTMLElement | null> }) {
  const { rig } = usePosedRig()
  const visible = useLayer('labels')
  if (!visible) return null
  return (
    <>
      {LABELS.map((l) => {
        const anchor = rig.nodes.get(l.node)
        if (!anchor) return null
        return (
          <Fragment key={l.text}>
            {createPortal(
              <Html position={l.offset} portal={portal as RefObject<HTMLElement>} zIndexRange={[10, 0]}>
                <span className="kce-label" data-label={l.text}>
                  {l.text}
                </span>
              </Html>,
              anchor,
            )}
          </Fragment>
        )
      })}
    </>
  )
}
