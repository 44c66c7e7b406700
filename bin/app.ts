import { buildApp } from '../lib/app.js';

buildApp();
