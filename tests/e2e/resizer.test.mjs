// www/embed-resizer.js in Chromium: course pages on another origin (one of
// them under a strict Content-Security-Policy and cross-origin isolated) whose
// pasted embeds are fitted to their content, and fake messages that change
// nothing. The scenario is written once in tests/browsers/resizer-scenario.mjs
// (Firefox runs it in tests/browsers/resizer-firefox.test.mjs).
import { defineResizerTests } from '../browsers/resizer-scenario.mjs';

defineResizerTests('chromium');
