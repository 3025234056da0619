/**
 * The installed data packages as one library the query commands ask: which package a ref lives
 * in (from package.json alone, before importing anything), its module (imported on first use),
 * and names for IRIs across packages. A ref whose package is not installed is one clear error
 * that names the package to install.
 */
import { pathToFileURL } from 'node:url';
import type { Provision } from '@cyberlex/schema';
import { HOMES, MAPPING_HOMES } from '../homes.js';
import { CliError, UsageError } from '../run.js';
import { quote } from '../terminal.js';
import type { DataModule } from './accessor.js';
import { discover, type DataPackageInfo, type Discovery } from './discover.js';

/** `<instrument>:<rest>`, `<instrument>` alone: the instrument a ref names, or null when it is not shaped like a ref. */
const INSTRUMENT = /^[a-z][a-z0-9-]*[a-z0-9]$/;

export function instrumentOf(ref: string): string | null {
  const colon = ref.indexOf(':');
  const instrument = colon === -1 ? ref : ref.slice(0, colon);
  return INSTRUMENT.test(instrument) ? instrument : null;
}

export class Library {
  readonly discovery: Discovery;
  private readonly modules = new Map<string, Promise<DataModule>>();

  constructor(discovery: Discovery = discover()) {
    this.discovery = discovery;
  }

  get packages(): DataPackageInfo[] {
    return this.discovery.packages;
  }

  load(info: DataPackageInfo): Promise<DataModule> {
    let module = this.modules.get(info.name);
    if (!module) {
      module = import(pathToFileURL(info.entry).href).then(
        (m: DataModule) => m,
        (error: Error) => {
          throw new CliError(`cannot load ${info.name} from ${info.dir}: ${error.message}${this.discovery.repository ? ' (run `npm run build`)' : ''}`);
        },
      );
      this.modules.set(info.name, module);
    }
    return module;
  }

  /** The installed packages that hold an instrument's provisions, or a clear error. */
  packagesFor(ref: string): DataPackageInfo[] {
    const instrument = instrumentOf(ref);
    if (instrument === null) throw new CliError(`unknown ref ${quote(ref)} (a ref is <instrument>:<article>[/<paragraph>], e.g. rs-cc:199/3)`);
    const holders = this.packages.filter((p) => p.instruments.includes(instrument));
    if (holders.length > 0) return holders;
    throw new CliError(this.notInstalled(instrument, ref));
  }

  private notInstalled(instrument: string, ref: string): string {
    const home = HOMES[instrument];
    if (home === undefined) return `unknown ref ${quote(ref)}: no cyberlex package holds "${instrument}" (known: ${Object.keys(HOMES).join(', ')})`;
    if (this.discovery.repository) return `${home} has no data yet for ${quote(ref)}: run \`npm run build\` in the repository`;
    return `${quote(ref)} is in ${home}, which is not installed: npm install ${home}`;
  }

  /**
   * A provision by ref and the module it came from, or an "unknown ref" error. The package's
   * accessor decides what it holds: a node for the ref, or an answer from `at` (a paragraph that
   * only its article's versions hold).
   */
  async provision(ref: string): Promise<{ module: DataModule; info: DataPackageInfo; provision: Provision }> {
    for (const info of this.packagesFor(ref)) {
      const module = await this.load(info);
      const provision = module.provision(ref) ?? (module.isRef ? module.at(ref)?.provision : undefined);
      if (provision) return { module, info, provision };
    }
    throw new CliError(`unknown ref ${quote(ref)}`);
  }

  /** The modules of every installed package with mappings, or an error naming the package to install. */
  async mappingModules(): Promise<DataModule[]> {
    const holders = this.packages.filter((p) => p.mappings);
    if (holders.length === 0) {
      const homes = MAPPING_HOMES.length > 0 ? MAPPING_HOMES.join(' or ') : 'a cyberlex implementation package';
      throw new CliError(this.discovery.repository ? `no package holds implementation mappings yet: run \`npm run build\` in the repository` : `no installed package holds Convention implementation mappings: npm install ${homes}`);
    }
    return Promise.all(holders.map((p) => this.load(p)));
  }

  /** Every installed package's module (for list, search and naming IRIs). */
  all(filter: (p: DataPackageInfo) => boolean = () => true): Promise<{ info: DataPackageInfo; module: DataModule }[]> {
    return Promise.all(this.packages.filter(filter).map(async (info) => ({ info, module: await this.load(info) })));
  }

  /**
   * The ref of a provision or instrument IRI: looked up in `first` (where a provision's amending acts
   * and a mapping's neighbours usually are), then in the packages already loaded, then in the others
   * one at a time until one knows it. Null when no installed package knows it (the caller says so).
   */
  async refOf(iri: string, first?: DataModule): Promise<string | null> {
    // a package's own nodes, else its directory of every package's instruments (newer packages ship one)
    const find = (module: DataModule) => (module.provisionById(iri) ?? module.instrumentById(iri))?.ref ?? module.refOf?.(iri);
    const hit = first ? find(first) : undefined;
    if (hit) return hit;
    const loaded = this.packages.filter((p) => this.modules.has(p.name));
    const rest = this.packages.filter((p) => !this.modules.has(p.name));
    for (const info of [...loaded, ...rest]) {
      const ref = find(await this.load(info));
      if (ref) return ref;
    }
    return null;
  }
}

/** A ref argument that is plainly not a ref (empty, spaces, a 100 kB blob): a usage error. */
export function checkRefShape(ref: string, command: string): void {
  if (ref.length === 0 || ref.length > 200 || /\s/.test(ref)) throw new UsageError(`${quote(ref)} is not a ref: a ref is <instrument>:<article>[/<paragraph>], e.g. rs-cc:199/3`, command);
}
