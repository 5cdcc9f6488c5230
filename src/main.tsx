// The main page (`npm start`): one explorer filling the page, its inputs kept in the URL.
import { mountExplorer } from './app/mountExplorer'

const root = document.getElementById('root')
if (root) mountExplorer(root, { syncUrl: true })
