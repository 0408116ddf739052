export default defineConfig({ site: 'https://queens-code.example.org' });
