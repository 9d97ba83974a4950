/** Prints the app's folder import graph as a Mermaid flowchart (the README's structure drawing). */
import { folderGraph, importEdges } from './structure/imports';

console.log(folderGraph(importEdges()));
