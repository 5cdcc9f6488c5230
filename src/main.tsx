// The main page (`npm start`): one explorer filling the page, its inputs kept in the URL.
import { mountExplorer } from './app/mountExplorer'
import { i18nFor } from './i18n'

const root = document.getElementById('root')
// The page's own title and heading follow the explorer's language.
const heading = document.querySelector('.page-header h1')
let shown = ''
const retitle = (lang = 'en') => {
  if (lang === shown) return
  shown = lang
  void i18nFor(lang).then(({ t, locale }) => {
    document.documentElement.lang = locale
    document.title = t.app.title
    if (heading) heading.textContent = t.app.title
  })
}
if (root) {
  const handle = mountExplorer(root, { syncUrl: true, onChange: (s) => retitle(s.lang) })
  retitle(handle.getState().lang)
}
