// Placeholder entry until the core and explorer land.
const root = document.getElementById('root')
if (root) root.textContent = 'Kinetic Chain Explorer'
