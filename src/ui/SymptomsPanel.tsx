// What may follow and what helps (docs/domain.md#the-story-in-order, items 10–11), always marked as information.
export function SymptomsPanel() {
  return (
    <section className="kce-card kce-symptoms" aria-labelledby="kce-symptoms-h">
      <h2 id="kce-symptoms-h">What may follow, and what helps</h2>
      <p className="kce-disclaimer" role="note">
        Information, not a diagnosis.
      </p>
      <h3>Symptoms that may follow</h3>
      <ul>
        <li>Muscle weakness or spasm</li>
        <li>Numbness or tingling along the back of the leg (nerve irritation)</li>
        <li>Lower back pain; rarely upper back or neck pain</li>
      </ul>
      <h3>What helps</h3>
      <ul>
        <li>
          Orthotics (over-the-counter or custom arch supports) can restore alignment when the arch is the
          source
        </li>
        <li>Retraining how the foot strikes the ground</li>
        <li>Supportive shoes (very high heels and unsupportive shoes add load)</li>
        <li>Anti-inflammatory drugs, muscle relaxants, massage, non-surgical decompression</li>
        <li>Surgery only when discs or nerves are damaged</li>
      </ul>
      <p>Back pain that persists is a reason to see a clinician.</p>
    </section>
  )
}
