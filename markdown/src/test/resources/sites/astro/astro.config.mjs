import { defineConfig } from "astro/config";

export default defineConfig({
  site: process.env.SITE || "https://queens-tech.example.org",
});
