// The public API by entry point, as the README lists it: a name added, moved or dropped fails here
// until the list (and the README) says so. Only run-time names are seen; types are checked by tsc.
import { describe, expect, it } from 'vitest';
import * as main from '../src/index.js';
import * as methods from '../src/methods.js';
import * as present from '../src/present.js';
import * as robustness from '../src/robustness.js';
import * as sheets from '../src/sheets.js';

const names = (entry: object) => Object.keys(entry).sort();

describe('entry points', () => {
  it('@dti-kit/core: frameworks, datasets, validation, score, results, publishing, compare, series, presets', () => {
    expect(names(main)).toEqual(
      [
        ...['AggregationSchema', 'DirectionSchema', 'FieldSchema', 'FormulaSchema', 'FRAMEWORK_FORMAT_VERSION'],
        ...['FrameworkSchema', 'GroupSchema', 'IndicatorSchema', 'LocalisedTextSchema', 'MissingPolicySchema'],
        ...['ScoringMethodSchema', 'SourceSchema', 'TieRuleSchema', 'TierSchema', 'frameworkJsonSchema'],
        ...['defineFramework', 'validateFramework', 'walkFramework', 'missingPolicies'],
        ...['ColumnarDatasetSchema', 'DatasetSchema', 'UnitRecordSchema', 'ValueSchema', 'fromArrow'],
        ...['prepareDataset', 'validateDataset', 'formatIssue', 'DtiError', 'DtiValidationError'],
        // The words for each kind of issue, which the CLI's "… N more" lines share with the reader's.
        ...['ISSUE_KINDS'],
        ...['STRICT_CODES', 'strictly'],
        ...['score', 'safeScore', 'ScoreResult', 'scoreTable', 'tierOf', 'cssColour', 'embeddableJson'],
        ...['publisher', 'publishedDifference', 'rounder', 'roundTo', 'rank'],
        ...['compare', 'rollUp'],
        ...['FormerUnitSchema', 'ScoreSeriesSchema', 'SeriesPeriodSchema', 'SeriesPointSchema', 'SeriesUnitSchema'],
        ...['ROLL_UP_NOTE', 'scoreSeries', 'spread'],
        ...['loadPreset', 'presetIds', 'presetUrl', 'presets'],
      ].sort(),
    );
  });

  it('@dti-kit/core/sheets: CSV and XLSX in and out', () => {
    expect(names(sheets)).toEqual(
      [
        ...['readCsv', 'CsvDatasetReader', 'CsvRecordStream', 'IrregularCsv', 'readXlsx'],
        ...['foldText', 'parseValue', 'sheetToDataset', 'readDataset', 'readSheets'],
        ...['writeCsv', 'writeXlsx', 'csvTooLarge', 'fileTooLarge'],
      ].sort(),
    );
  });

  it('@dti-kit/core/robustness: uncertainty, sensitivity, audit', () => {
    expect(names(robustness)).toEqual(
      [
        ...['analyseUncertainty', 'analyseUncertaintyInWorker', 'analyseSensitivity', 'sobolIndices'],
        ...['sobolFromOutputs', 'seededRandom', 'audit', 'pearson', 'spearman', 'cronbachAlpha'],
      ].sort(),
    );
  });

  it('@dti-kit/core/methods: normalisers, means and missing-value policies on columns', () => {
    expect(names(methods)).toEqual(
      [
        ...['minMax', 'zScore', 'normalCdf', 'goalposts', 'percentileRank', 'ratioToBest', 'steps'],
        ...['distanceToTarget', 'logTransform', 'yesNo'],
        ...['weightedArithmeticMean', 'weightedGeometricMean', 'weightedHarmonicMean', 'weightedMean'],
        'imputeMissing',
      ].sort(),
    );
  });

  it('the engine helpers are in no entry point', () => {
    const everything = new Set([main, sheets, robustness, methods, present].flatMap(names));
    const internal = ['saltelliDesign', 'dirichlet', 'columnLetter', 'sumOfPoints', 'evaluateFormula'];
    expect(internal.filter((n) => everything.has(n))).toEqual([]);
    // slugify stays in ./present only, for the map's tile and shape sets.
    expect([main, sheets, robustness, methods].some((e) => 'slugify' in e)).toBe(false);
    expect(names(present)).toContain('slugify');
  });

  it('no name is exported by two of the four engine entries', () => {
    const all = [main, sheets, robustness, methods].flatMap(names);
    expect(all.length).toBe(new Set(all).size);
    expect(all.length).toBe(58 + 14 + 10 + 15); // 58: ISSUE_KINDS added
  });
});
