import { defineCollection } from "astro:content";
export const collections = { events: defineCollection({}) };
