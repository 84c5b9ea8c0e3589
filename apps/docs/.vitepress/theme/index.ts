import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import BackendSelector from './components/BackendSelector.vue';
import DistributionsPlayground from './components/DistributionsPlayground.vue';
import TrainVrnn from './components/TrainVrnn.vue';
import SampleVrnn from './components/SampleVrnn.vue';
import GapPlot from './components/GapPlot.vue';
import ConvergedGap from './components/ConvergedGap.vue';
import ReproductionTable from './components/ReproductionTable.vue';
import VrnnFigure from './components/VrnnFigure.vue';
import BenchRatioPlot from './components/BenchRatioPlot.vue';
import PackageInfo from './components/PackageInfo.vue';
import ChoraleDemo from './components/ChoraleDemo.vue';
import './custom.css';

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('BackendSelector', BackendSelector);
    app.component('DistributionsPlayground', DistributionsPlayground);
    app.component('TrainVrnn', TrainVrnn);
    app.component('SampleVrnn', SampleVrnn);
    app.component('GapPlot', GapPlot);
    app.component('ConvergedGap', ConvergedGap);
    app.component('ReproductionTable', ReproductionTable);
    app.component('VrnnFigure', VrnnFigure);
    app.component('BenchRatioPlot', BenchRatioPlot);
    app.component('PackageInfo', PackageInfo);
    app.component('ChoraleDemo', ChoraleDemo);
  },
};

export default theme;
